"""The catalogs: extract the words from the code, fill translations in, compile, check.

Two mechanisms, one per side of the Qt line (README, Languages):
- the widgets (roadmap_desktop/ui, app.py) use Qt Linguist: self.tr() / translate(), read by
  pyside6-lupdate into resources/translations/roadmap_<code>.ts, compiled by
  pyside6-lrelease into the .qm the app loads;
- everything below uses gettext ids (roadmap_desktop.words: _(), n_(), p_(), np_()), read by
  Babel into resources/locale/roadmap.pot and each language's
  resources/locale/<code>/LC_MESSAGES/roadmap.po, which the app reads as it is.

    python tools/i18n.py extract        # the catalogs follow the code (new ids in, gone ids out)
    python tools/i18n.py new zh         # a new language: an empty .po and .ts to translate
    python tools/i18n.py todo [PATHS]   # what is still untranslated, as JSON to fill in
    python tools/i18n.py fill FILE.json # translations from such a JSON into the catalogs
    python tools/i18n.py compile        # the .qm files from the .ts files
    python tools/i18n.py check          # CI: every catalog complete, current and compiling
"""

import argparse
import io
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "roadmap_desktop"
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = LOCALE / "roadmap.pot"
QT_DIR = ROOT / "resources" / "translations"
KEYWORDS = {"_": None, "n_": (1, 2), "p_": ((1, "c"), 2), "np_": ((1, "c"), 2, 3)}
COMMENT_TAGS = ("Translators:",)
BIN = Path(sys.executable).parent


def _qt_sources() -> list[Path]:
    return sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "app.py"])


def _gettext_sources() -> list[Path]:
    qt = set(_qt_sources())
    return sorted(p for p in PACKAGE.rglob("*.py") if p not in qt)


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob("*/LC_MESSAGES/roadmap.po"))


def _po(code: str) -> Path:
    return LOCALE / code / "LC_MESSAGES" / "roadmap.po"


def _ts(code: str) -> Path:
    return QT_DIR / f"roadmap_{code}.ts"


def _qm(code: str) -> Path:
    return QT_DIR / f"roadmap_{code}.qm"


# -- gettext ---------------------------------------------------------------------------------


def _template(sources: Iterable[Path]) -> Catalog:
    catalog = Catalog(project="Roadmap Desktop", domain="roadmap", fuzzy=False)
    for path in sources:
        for _line, message, comments, context in extract_from_file(
            "python",
            str(path),
            keywords=KEYWORDS,
            comment_tags=COMMENT_TAGS,
            strip_comment_tags=True,
        ):
            msgid = message if isinstance(message, str) else tuple(message)
            catalog.add(msgid, None, auto_comments=comments, context=context)
    return catalog


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, omit_header=False, sort_output=True)
    path.write_bytes(out.getvalue())


def _read_po(path: Path, code: str | None = None) -> Catalog:
    with path.open("rb") as f:
        return read_po(f, locale=code)


def _key(message: object) -> tuple[str, str | None]:
    msgid = message.id  # type: ignore[attr-defined]
    return (msgid if isinstance(msgid, str) else msgid[0], message.context)  # type: ignore[attr-defined]


def _update_po(code: str, template: Catalog) -> None:
    path = _po(code)
    catalog = _read_po(path, code) if path.exists() else Catalog(locale=code, domain="roadmap")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    _write_po(catalog, path)


# -- Qt Linguist -----------------------------------------------------------------------------


def _lupdate(ts: Path, code: str, sources: Iterable[Path], *, plural_only: bool = False) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *map(str, sources),
            *(["-pluralonly"] if plural_only else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            code,
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    _write_ts(ET.parse(ts), ts)  # one layout, whichever command wrote it last: quiet diffs


def _lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def _ts_messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


# English has no catalog of words (the ids are English), but Qt's numerus messages need their
# English forms: "%n director(s)" is written once in the code and shown as "1 director" and
# "2 directors". roadmap_en.ts holds only those (lupdate -pluralonly), its forms made from the
# source's "(s)" or "(es)"; a source without one is the same in both forms.
_PLURAL_MARK = re.compile(r"\((e?s)\)")


def _english_forms(source: str) -> list[str]:
    return [_PLURAL_MARK.sub("", source), _PLURAL_MARK.sub(r"\1", source)]


def _english() -> None:
    ts = _ts("en")
    _lupdate(ts, "en", _qt_sources(), plural_only=True)
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in _english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
    _write_ts(tree, ts)


def qt_languages() -> list[str]:
    """The Qt catalogs: each language's, and English's plural forms."""
    return ["en", *languages()]


# -- commands --------------------------------------------------------------------------------


def extract() -> None:
    template = _template(_gettext_sources())
    _write_po(template, TEMPLATE)
    for code in languages():
        _update_po(code, template)
        _lupdate(_ts(code), code, _qt_sources())
    _english()
    compile_qm()
    print(f"{len(template)} gettext ids; languages: {', '.join(languages())}")


def new(code: str) -> None:
    if _po(code).exists():
        sys.exit(f"{code} has a catalog already: {_po(code)}")
    template = _read_po(TEMPLATE)
    catalog = Catalog(locale=code, domain="roadmap", project="Roadmap Desktop", fuzzy=False)
    catalog.update(template, no_fuzzy_matching=True)
    _write_po(catalog, _po(code))
    _lupdate(_ts(code), code, _qt_sources())
    print(f"Translate {_po(code).relative_to(ROOT)} and {_ts(code).relative_to(ROOT)}.")


def _untranslated_po(code: str, only: set[tuple[str, str | None]] | None) -> list[dict]:
    todo = []
    for message in _read_po(_po(code), code):
        if not message.id or (only is not None and _key(message) not in only):
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            todo.append(message)
    return todo


def todo(paths: list[Path]) -> None:
    """The untranslated words of the given files (all by default) as JSON: fill in each
    language's translation (a list of forms for plurals), then `fill` the file."""
    files = [p for path in paths for p in (path.rglob("*.py") if path.is_dir() else [path])]
    files = [f.resolve() for f in files] or [*_gettext_sources(), *_qt_sources()]
    qt_files = [f for f in files if f in set(_qt_sources())]
    gt_files = [f for f in files if f not in set(qt_files)]
    codes = languages()
    wanted: dict[str, list[dict]] = {"gettext": [], "qt": []}
    template = _template(gt_files)
    done = {code: _read_po(_po(code), code) for code in codes}
    for message in template:
        if not message.id:
            continue
        msgid, plural = (message.id, None) if isinstance(message.id, str) else message.id
        entry: dict = {"id": msgid, "plural": plural, "context": message.context}
        if message.auto_comments:
            entry["note"] = " ".join(message.auto_comments)
        missing = False
        for code in codes:
            have = done[code].get(message.id, message.context)
            strings = have.string if have is not None else None
            ok = (
                have is not None
                and not have.fuzzy
                and all(strings if isinstance(strings, tuple) else (strings,))
            )
            entry[code] = (list(strings) if isinstance(strings, tuple) else strings) if ok else None
            missing |= not ok
        if missing:
            wanted["gettext"].append(entry)
    if qt_files:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "fresh.ts"
            _lupdate(fresh, "en", qt_files)
            have_qt = {code: dict(_ts_index(_ts(code))) for code in codes if _ts(code).exists()}
            for context, message in _ts_messages(fresh):
                source = message.findtext("source") or ""
                entry = {"context": context, "source": source}
                if message.get("numerus") == "yes":
                    entry["numerus"] = True
                if (comment := message.findtext("comment")) is not None:
                    entry["disambiguation"] = comment
                missing = False
                for code in codes:
                    value = have_qt.get(code, {}).get(
                        (context, source, entry.get("disambiguation"))
                    )
                    entry[code] = value
                    missing |= value is None
                if missing:
                    wanted["qt"].append(entry)
    json.dump(wanted, sys.stdout, ensure_ascii=False, indent=1)
    print()


def _ts_index(ts: Path) -> Iterator[tuple[tuple[str, str, str | None], object]]:
    """((context, source, disambiguation), translation) for every finished message."""
    for context, message in _ts_messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        value: object = forms if message.get("numerus") == "yes" else (translation.text or "")
        if value:
            yield (context, message.findtext("source") or "", message.findtext("comment")), value


def fill(files: list[Path]) -> None:
    codes = languages()
    entries: dict[str, list[dict]] = {"gettext": [], "qt": []}
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for kind in entries:
            entries[kind].extend(data.get(kind, []))
    unknown = 0
    for code in codes:
        catalog = _read_po(_po(code), code)
        for entry in entries["gettext"]:
            value = entry.get(code)
            if not value:
                continue
            msgid = (entry["id"], entry["plural"]) if entry.get("plural") else entry["id"]
            message = catalog.get(msgid, entry.get("context"))
            if message is None:
                unknown += 1
                continue
            message.string = tuple(value) if isinstance(value, list) else value
            message.flags.discard("fuzzy")
        _write_po(catalog, _po(code))
        ts = _ts(code)
        tree = ET.parse(ts)
        by_key = {
            (e["context"], e["source"], e.get("disambiguation")): e[code]
            for e in entries["qt"]
            if e.get(code)
        }
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "", message.findtext("comment"))
                if key not in by_key:
                    continue
                value = by_key.pop(key)
                translation = message.find("translation")
                assert translation is not None
                translation.attrib.pop("type", None)
                for child in list(translation):
                    translation.remove(child)
                if message.get("numerus") == "yes":
                    translation.text = None
                    for form in value if isinstance(value, list) else [value]:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = value if isinstance(value, str) else value[0]
        unknown += len(by_key)
        _write_ts(tree, ts)
    compile_qm()
    print(f"filled; {unknown} entries matched nothing (run extract first?)")


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")


def compile_qm() -> None:
    for code in qt_languages():
        _lrelease(_ts(code), _qm(code))


_FIELDS = re.compile(r"\{[^{}]*\}")
_QT_ARGS = re.compile(r"%(?:n|L?\d)")


def _fields(text: str) -> list[str]:
    return sorted(_FIELDS.findall(text))


def check() -> int:
    """Every catalog current with the code, complete, its placeholders intact, compiling."""
    problems: list[str] = []
    fresh = _template(_gettext_sources())
    fresh_keys = {_key(m) for m in fresh if m.id}
    template_keys = {_key(m) for m in _read_po(TEMPLATE) if m.id}
    if fresh_keys != template_keys:
        problems.append(
            f"roadmap.pot is behind the code ({len(fresh_keys - template_keys)} new, "
            f"{len(template_keys - fresh_keys)} gone): run python tools/i18n.py extract"
        )
    with tempfile.TemporaryDirectory() as tmp:
        qt_fresh = Path(tmp) / "fresh.ts"
        _lupdate(qt_fresh, "en", _qt_sources())
        qt_keys = {
            (c, m.findtext("source"), m.findtext("comment")) for c, m in _ts_messages(qt_fresh)
        }
        for code in languages():
            catalog = _read_po(_po(code), code)
            keys = {_key(m) for m in catalog if m.id}
            if keys != fresh_keys:
                problems.append(
                    f"{code}.po: {len(fresh_keys - keys)} ids missing, "
                    f"{len(keys - fresh_keys)} obsolete: run extract"
                )
            if catalog.obsolete:
                problems.append(f"{code}.po: {len(catalog.obsolete)} obsolete entries")
            forms = catalog.num_plurals
            for message in catalog:
                if not message.id:
                    continue
                where = f"{code}.po: {_key(message)[0][:60]!r}"
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                if message.fuzzy or not all(strings):
                    problems.append(f"{where} untranslated or fuzzy")
                    continue
                if isinstance(message.id, tuple) and len(strings) != forms:
                    problems.append(f"{where} has {len(strings)} plural forms, not {forms}")
                ids = message.id if isinstance(message.id, tuple) else (message.id,)
                want = _fields(ids[-1])
                for s in strings:
                    if _fields(s) != want and _fields(s) != _fields(ids[0]):
                        problems.append(f"{where} placeholders {_fields(s)} ≠ {want}")
            try:
                write_mo(io.BytesIO(), catalog)
            except Exception as exc:
                problems.append(f"{code}.po does not compile: {exc}")
        qt_numerus = {
            (c, m.findtext("source"), m.findtext("comment"))
            for c, m in _ts_messages(qt_fresh)
            if m.get("numerus") == "yes"
        }
        for code in qt_languages():
            ts_keys = set()
            for context, message in _ts_messages(_ts(code)):
                source = message.findtext("source") or ""
                ts_keys.add((context, source, message.findtext("comment")))
                translation = message.find("translation")
                where = f"{code}.ts: {context}: {source[:60]!r}"
                kind = translation.get("type") if translation is not None else "unfinished"
                if kind in ("vanished", "obsolete"):
                    problems.append(f"{where} obsolete")
                    continue
                texts = (
                    [f.text or "" for f in translation.iter("numerusform")]
                    if message.get("numerus") == "yes" and translation is not None
                    else [translation.text or "" if translation is not None else ""]
                )
                if kind == "unfinished" or not all(texts):
                    problems.append(f"{where} untranslated")
                    continue
                for text in texts:
                    if _fields(text) != _fields(source):
                        problems.append(f"{where} placeholders {_fields(text)} ≠ {_fields(source)}")
                    wanted_args = sorted(set(_QT_ARGS.findall(source)) - {"%n"})
                    if sorted(set(_QT_ARGS.findall(text)) - {"%n"}) != wanted_args:
                        problems.append(f"{where} Qt arguments differ")
            if ts_keys != (qt_numerus if code == "en" else qt_keys):
                problems.append(
                    f"roadmap_{code}.ts is behind the code "
                    f"({len(qt_keys - ts_keys)} new, {len(ts_keys - qt_keys)} gone): run extract"
                )
            compiled = Path(tmp) / f"{code}.qm"
            _lrelease(_ts(code), compiled)
            if not _qm(code).exists() or compiled.read_bytes() != _qm(code).read_bytes():
                problems.append(f"roadmap_{code}.qm is not compiled from its .ts: run compile")
    for line in problems:
        print(line)
    print(
        f"{len(problems)} problems in {len(languages())} languages "
        f"({len(fresh_keys)} gettext ids, {len(qt_keys)} Qt texts)"
    )
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract")
    commands.add_parser("new").add_argument("code")
    commands.add_parser("todo").add_argument("paths", nargs="*", type=Path)
    commands.add_parser("fill").add_argument("files", nargs="+", type=Path)
    commands.add_parser("compile")
    commands.add_parser("check")
    args = parser.parse_args()
    if args.command == "extract":
        extract()
    elif args.command == "new":
        new(args.code)
    elif args.command == "todo":
        todo(args.paths)
    elif args.command == "fill":
        fill(args.files)
    elif args.command == "compile":
        compile_qm()
    elif args.command == "check":
        return check()
    return 0


if __name__ == "__main__":
    sys.exit(main())
