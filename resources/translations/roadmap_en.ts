<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>BoardActions</name>
        <message numerus="yes">
            <source>Delete these %n proposals and their scores? You can undo this.</source>
            <translation>
                <numerusform>Delete these %n proposals and their scores? You can undo this.</numerusform>
                <numerusform>Delete these %n proposals and their scores? You can undo this.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move its %n cards to:</source>
            <translation>
                <numerusform>Move its %n cards to:</numerusform>
                <numerusform>Move its %n cards to:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BudgetView</name>
        <message numerus="yes">
            <source>%n proposal, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n proposal, {cost} of {budget}; total score {score}</numerusform>
                <numerusform>%n proposal, {cost} of {budget}; total score {score}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n proposals, {cost} of {budget}; total score {score}</numerusform>
                <numerusform>%n proposals, {cost} of {budget}; total score {score}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n proposals</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card</source>
            <translation>
                <numerusform>%n card</numerusform>
                <numerusform>%n card</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n cards</numerusform>
                <numerusform>%n cards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message numerus="yes">
            <source>{given} of %n entry(ies) given</source>
            <translation>
                <numerusform>{given} of %n entry(ies) given</numerusform>
                <numerusform>{given} of %n entry(ies) given</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{joined} of %n phone(s) joined</source>
            <translation>
                <numerusform>{joined} of %n phone joined</numerusform>
                <numerusform>{joined} of %n phones joined</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message numerus="yes">
            <source>%n page. Save it, or print it.</source>
            <translation>
                <numerusform>%n page. Save it, or print it.</numerusform>
                <numerusform>%n page. Save it, or print it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it, or print it.</source>
            <translation>
                <numerusform>%n pages. Save it, or print it.</numerusform>
                <numerusform>%n pages. Save it, or print it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page. Save it.</source>
            <translation>
                <numerusform>%n page. Save it.</numerusform>
                <numerusform>%n page. Save it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it.</source>
            <translation>
                <numerusform>%n pages. Save it.</numerusform>
                <numerusform>%n pages. Save it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message numerus="yes">
            <source>%n of {total} proposal matches</source>
            <translation>
                <numerusform>%n of {total} proposal matches</numerusform>
                <numerusform>%n of {total} proposal matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposal match</source>
            <translation>
                <numerusform>%n of {total} proposal match</numerusform>
                <numerusform>%n of {total} proposal match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals matches</source>
            <translation>
                <numerusform>%n of {total} proposals matches</numerusform>
                <numerusform>%n of {total} proposals matches</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals match</source>
            <translation>
                <numerusform>%n of {total} proposals match</numerusform>
                <numerusform>%n of {total} proposals match</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProposalsDialog</name>
        <message numerus="yes">
            <source>%n row</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n rows</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column</source>
            <translation>
                <numerusform>%n column</numerusform>
                <numerusform>%n column</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns</source>
            <translation>
                <numerusform>%n columns</numerusform>
                <numerusform>%n columns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to add</source>
            <translation>
                <numerusform>%n to add</numerusform>
                <numerusform>%n to add</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n to update</numerusform>
                <numerusform>%n to update</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n skipped</numerusform>
                <numerusform>%n skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new name</source>
            <translation>
                <numerusform>%n new name</numerusform>
                <numerusform>%n new name</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new names</source>
            <translation>
                <numerusform>%n new names</numerusform>
                <numerusform>%n new names</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problem</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems</source>
            <translation>
                <numerusform>%n problems</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… and %n more</numerusform>
                <numerusform>… and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LaneColumn</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n proposals</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Imported %n proposal from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Imported %n proposal from {file}, updated {updated}.</numerusform>
                <numerusform>Imported %n proposal from {file}, updated {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Imported %n proposals from {file}, updated {updated}.</numerusform>
                <numerusform>Imported %n proposals from {file}, updated {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposal from {file}.</source>
            <translation>
                <numerusform>Imported %n proposal from {file}.</numerusform>
                <numerusform>Imported %n proposal from {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}.</source>
            <translation>
                <numerusform>Imported %n proposals from {file}.</numerusform>
                <numerusform>Imported %n proposals from {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n proposals</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director voting</source>
            <translation>
                <numerusform>%n director voting</numerusform>
                <numerusform>%n director voting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n directors voting</source>
            <translation>
                <numerusform>%n directors voting</numerusform>
                <numerusform>%n directors voting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n round</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n rounds</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterCounts</name>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done} of %n director done</numerusform>
                <numerusform>{done} of %n directors done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place your %n dot(s) on the proposals you back most</source>
            <translation>
                <numerusform>Place your %n dot on the proposals you back most</numerusform>
                <numerusform>Place your %n dots on the proposals you back most</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <extracomment>Below the last card a lane has room for: "+ 12 more".</extracomment>
            <translation>
                <numerusform>+ %n more</numerusform>
                <numerusform>+ %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>dashed line: the roadmap's %n</source>
            <extracomment>The ranking's key: the dashed line under the roadmap's last proposal.</extracomment>
            <translation>
                <numerusform>dashed line: the roadmap's %n</numerusform>
                <numerusform>dashed line: the roadmap's %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <extracomment>The end of a list of names cut short: "Ana, Bao, Chen and 7 more".</extracomment>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done} of %n director done</numerusform>
                <numerusform>{done} of %n directors done</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not spent all their dots ({names}).</source>
            <translation>
                <numerusform>%n director have not spent all their dots ({names}).</numerusform>
                <numerusform>%n directors have not spent all their dots ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) not given.</source>
            <translation>
                <numerusform>%n dot not given.</numerusform>
                <numerusform>%n dots not given.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not finished ({names}).</source>
            <translation>
                <numerusform>%n director have not finished ({names}).</numerusform>
                <numerusform>%n directors have not finished ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) missing.</source>
            <translation>
                <numerusform>%n entry(ies) missing.</numerusform>
                <numerusform>%n entry(ies) missing.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message numerus="yes">
            <source>Round {round}: %n proposal makes the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Round {round}: %n proposal makes the cut by category quotas: {quotas}.</numerusform>
                <numerusform>Round {round}: %n proposal makes the cut by category quotas: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: %n proposals make the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Round {round}: %n proposals make the cut by category quotas: {quotas}.</numerusform>
                <numerusform>Round {round}: %n proposals make the cut by category quotas: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut (only {scored} are scored; the limit is {top}).</source>
            <translation>
                <numerusform>Round {round}: the top %n of {scored} scored proposals make the cut (only {scored} are scored; the limit is {top}).</numerusform>
                <numerusform>Round {round}: the top %n of {scored} scored proposals make the cut (only {scored} are scored; the limit is {top}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut.</source>
            <translation>
                <numerusform>Round {round}: the top %n of {scored} scored proposals make the cut.</numerusform>
                <numerusform>Round {round}: the top %n of {scored} scored proposals make the cut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line: settle the tie before the roadmap is final.</source>
            <translation>
                <numerusform>%n proposals tie at the cut line: settle the tie before the roadmap is final.</numerusform>
                <numerusform>%n proposals tie at the cut line: settle the tie before the roadmap is final.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Move the %n proposals above the cut line into the {lane} lane, in rank order? {moving} of them are in other lanes now.</source>
            <translation>
                <numerusform>Move the %n proposals above the cut line into the {lane} lane, in rank order? {moving} of them are in other lanes now.</numerusform>
                <numerusform>Move the %n proposals above the cut line into the {lane} lane, in rank order? {moving} of them are in other lanes now.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line; those below it stay where they are.</source>
            <translation>
                <numerusform>%n proposals tie at the cut line; those below it stay where they are.</numerusform>
                <numerusform>%n proposals tie at the cut line; those below it stay where they are.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoundBar</name>
        <message numerus="yes">
            <source>dots (%n each)</source>
            <translation>
                <numerusform>dots (%n each)</numerusform>
                <numerusform>dots (%n each)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {number} ends in %n minute(s).</source>
            <translation>
                <numerusform>Round {number} ends in %n minute.</numerusform>
                <numerusform>Round {number} ends in %n minutes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoreGridModel</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoreGridView</name>
        <message numerus="yes">
            <source>Not recorded: each director has %n dot(s); {typed} is not 0–{high}.</source>
            <translation>
                <numerusform>Not recorded: each director has %n dot; {typed} is not 0–{high}.</numerusform>
                <numerusform>Not recorded: each director has %n dots; {typed} is not 0–{high}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message numerus="yes">
            <source>{name}: %n dot(s) left of {total}</source>
            <translation>
                <numerusform>{name}: %n dot left of {total}</numerusform>
                <numerusform>{name}: %n dots left of {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n entry(ies) in</source>
            <translation>
                <numerusform>All %n entry(ies) in</numerusform>
                <numerusform>All %n entry(ies) in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n entry(ies) missing</source>
            <translation>
                <numerusform>{missing} of %n entry(ies) missing</numerusform>
                <numerusform>{missing} of %n entry(ies) missing</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new, {changed} changed); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Imported %n score from {file} into round {number} ({new} new, {changed} changed); Undo takes the whole file back.</numerusform>
                <numerusform>Imported %n scores from {file} into round {number} ({new} new, {changed} changed); Undo takes the whole file back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Imported %n score from {file} into round {number} ({new} new); Undo takes the whole file back.</numerusform>
                <numerusform>Imported %n scores from {file} into round {number} ({new} new); Undo takes the whole file back.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message numerus="yes">
            <source>{shown} of %n shortcut</source>
            <translation>
                <numerusform>{shown} of %n shortcut</numerusform>
                <numerusform>{shown} of %n shortcut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n shortcuts</source>
            <translation>
                <numerusform>{shown} of %n shortcuts</numerusform>
                <numerusform>{shown} of %n shortcuts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcut</source>
            <translation>
                <numerusform>%n shortcut</numerusform>
                <numerusform>%n shortcut</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcuts</source>
            <translation>
                <numerusform>%n shortcuts</numerusform>
                <numerusform>%n shortcuts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StoreActions</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n proposals</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n round</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n rounds</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoteCount</name>
        <message numerus="yes">
            <source>%n vote</source>
            <translation>
                <numerusform>%n vote</numerusform>
                <numerusform>%n vote</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n votes</source>
            <translation>
                <numerusform>%n votes</numerusform>
                <numerusform>%n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message numerus="yes">
            <source>%n proposal crosses the cut line — {changes}</source>
            <translation>
                <numerusform>%n proposal crosses the cut line — {changes}</numerusform>
                <numerusform>%n proposal crosses the cut line — {changes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals cross the cut line — {changes}</source>
            <translation>
                <numerusform>%n proposals cross the cut line — {changes}</numerusform>
                <numerusform>%n proposals cross the cut line — {changes}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopListModel</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n proposal</numerusform>
                <numerusform>%n proposal</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n proposals</numerusform>
                <numerusform>%n proposals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participant</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n participants</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n round</numerusform>
                <numerusform>%n round</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n rounds</numerusform>
                <numerusform>%n rounds</numerusform>
            </translation>
        </message>
    </context>
</TS>
