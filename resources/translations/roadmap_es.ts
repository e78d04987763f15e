<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>Runs a city cabinet's priority-setting workshop on one laptop, offline.</source>
            <translation>Realiza el taller de priorización del gabinete de una ciudad en una sola computadora portátil, sin conexión.</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>&amp;Copy the versions</source>
            <translation>&amp;Copiar las versiones</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <source>Import proposals</source>
            <translation>Importar propuestas</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
            <translation>Hojas de cálculo (*.xlsx *.xlsm *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import paper ballots</source>
            <translation>Importar boletas en papel</translation>
        </message>
        <message>
            <source>Scores CSV (*.csv *.txt);;All files (*)</source>
            <translation>Puntuaciones en CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Roadmap Desktop stores (*.sqlite *.db *.roadmap);;All files (*)</source>
            <translation>Archivos de datos de Roadmap Desktop (*.sqlite *.db *.roadmap);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>BoardActions</name>
        <message>
            <source>&amp;New proposal…</source>
            <translation>&amp;Nueva propuesta…</translation>
        </message>
        <message>
            <source>&amp;Edit proposal…</source>
            <translation>&amp;Editar propuesta…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archivar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <source>&amp;Restore archived…</source>
            <translation>&amp;Restaurar archivadas…</translation>
        </message>
        <message>
            <source>&amp;Add lane…</source>
            <translation>&amp;Agregar columna…</translation>
        </message>
        <message>
            <source>&amp;Rename lane…</source>
            <translation>&amp;Cambiar nombre de la columna…</translation>
        </message>
        <message>
            <source>Set &amp;limit…</source>
            <translation>Fijar &amp;límite…</translation>
        </message>
        <message>
            <source>&amp;Colour…</source>
            <translation>C&amp;olor…</translation>
        </message>
        <message>
            <source>Move lane &amp;left</source>
            <translation>Mover columna a la &amp;izquierda</translation>
        </message>
        <message>
            <source>Move lane &amp;right</source>
            <translation>Mover columna a la &amp;derecha</translation>
        </message>
        <message>
            <source>Re&amp;move lane…</source>
            <translation>&amp;Quitar columna…</translation>
        </message>
        <message>
            <source>&amp;Proposal</source>
            <translation>&amp;Propuesta</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>&amp;Columna</translation>
        </message>
        <message>
            <source>{failed}: {problem}</source>
            <translation>{failed}: {problem}</translation>
        </message>
        <message>
            <source>Done, but it cannot be undone: {problem}</source>
            <translation>Hecho, pero no se puede deshacer: {problem}</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>No se agregó</translation>
        </message>
        <message>
            <source>Add proposal {card}</source>
            <translation>Agregar la propuesta {card}</translation>
        </message>
        <message>
            <source>Choose a card to edit first.</source>
            <translation>Primero elija una tarjeta para editar.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Duplicate {card}</source>
            <translation>Duplicar {card}</translation>
        </message>
        <message>
            <source>Not duplicated</source>
            <translation>No se duplicó</translation>
        </message>
        <message>
            <source>Not archived</source>
            <translation>No se archivó</translation>
        </message>
        <message>
            <source>Delete this proposal and its scores? You can undo this.</source>
            <translation>¿Eliminar esta propuesta y sus puntuaciones? Puede deshacerlo.</translation>
        </message>
        <message numerus="yes">
            <source>Delete these %n proposals and their scores? You can undo this.</source>
            <translation>
                <numerusform>¿Eliminar esta propuesta y sus puntuaciones? Puede deshacerlo.</numerusform>
                <numerusform>¿Eliminar estas %n propuestas y sus puntuaciones? Puede deshacerlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>No se eliminó</translation>
        </message>
        <message>
            <source>No archived proposals in this workshop.</source>
            <translation>No hay propuestas archivadas en este taller.</translation>
        </message>
        <message>
            <source>Restore archived</source>
            <translation>Restaurar archivadas</translation>
        </message>
        <message>
            <source>Put back on the board:</source>
            <translation>Volver a poner en el tablero:</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>No se restauró</translation>
        </message>
        <message>
            <source>Restore {card}</source>
            <translation>Restaurar {card}</translation>
        </message>
        <message>
            <source>Archive {what}</source>
            <translation>Archivar {what}</translation>
        </message>
        <message>
            <source>Delete {what}</source>
            <translation>Eliminar {what}</translation>
        </message>
        <message>
            <source>Add lane</source>
            <translation>Agregar columna</translation>
        </message>
        <message>
            <source>Name of the new lane:</source>
            <translation>Nombre de la nueva columna:</translation>
        </message>
        <message>
            <source>No lane added</source>
            <translation>No se agregó ninguna columna</translation>
        </message>
        <message>
            <source>Add lane {lane}</source>
            <translation>Agregar la columna {lane}</translation>
        </message>
        <message>
            <source>Rename lane</source>
            <translation>Cambiar nombre de la columna</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nuevo nombre:</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>No se cambió el nombre</translation>
        </message>
        <message>
            <source>Rename lane “{old}” to “{new}”</source>
            <translation>Cambiar el nombre de la columna “{old}” a “{new}”</translation>
        </message>
        <message>
            <source>Lane limit</source>
            <translation>Límite de la columna</translation>
        </message>
        <message>
            <source>Most cards in {lane} (0: no limit):</source>
            <translation>Máximo de tarjetas en {lane} (0: sin límite):</translation>
        </message>
        <message>
            <source>Limit not set</source>
            <translation>No se fijó el límite</translation>
        </message>
        <message>
            <source>Set the limit of {lane} to {limit}</source>
            <translation>Fijar el límite de {lane} en {limit}</translation>
        </message>
        <message>
            <source>Remove the limit of {lane}</source>
            <translation>Quitar el límite de {lane}</translation>
        </message>
        <message>
            <source>Colour of {lane}</source>
            <translation>Color de {lane}</translation>
        </message>
        <message>
            <source>Not recoloured</source>
            <translation>No se cambió el color</translation>
        </message>
        <message>
            <source>Recolour lane {lane}</source>
            <translation>Cambiar el color de la columna {lane}</translation>
        </message>
        <message>
            <source>Not moved</source>
            <translation>No se movió</translation>
        </message>
        <message>
            <source>Remove lane {lane}</source>
            <translation>Quitar la columna {lane}</translation>
        </message>
        <message>
            <source>The last lane cannot be removed.</source>
            <translation>No se puede quitar la última columna.</translation>
        </message>
        <message>
            <source>Remove {lane}</source>
            <translation>Quitar {lane}</translation>
        </message>
        <message>
            <source>Move its card to:</source>
            <translation>Mover su tarjeta a:</translation>
        </message>
        <message numerus="yes">
            <source>Move its %n cards to:</source>
            <translation>
                <numerusform>Mover su tarjeta a:</numerusform>
                <numerusform>Mover sus %n tarjetas a:</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove lane {lane} ({cards} to {other})</source>
            <translation>Quitar la columna {lane} ({cards} a {other})</translation>
        </message>
        <message>
            <source>Remove lane</source>
            <translation>Quitar columna</translation>
        </message>
        <message>
            <source>Remove the empty lane {lane}?</source>
            <translation>¿Quitar la columna vacía {lane}?</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>No se quitó</translation>
        </message>
    </context>
    <context>
        <name>BoardWidget</name>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Not moved: {problem}</source>
            <translation>No se movió: {problem}</translation>
        </message>
    </context>
    <context>
        <name>BudgetView</name>
        <message>
            <source>Budget</source>
            <translation>Presupuesto</translation>
        </message>
        <message>
            <source>Budget amount in dollars</source>
            <translation>Monto del presupuesto en dólares</translation>
        </message>
        <message>
            <source>Budget a&amp;mount</source>
            <translation>&amp;Monto del presupuesto</translation>
        </message>
        <message>
            <source>Ma&amp;ke it the workshop's budget</source>
            <translation>&amp;Fijar como presupuesto del taller</translation>
        </message>
        <message>
            <source>Best roadmap under the budget</source>
            <translation>Mejor hoja de ruta con el presupuesto</translation>
        </message>
        <message>
            <source>The set with the highest total score that keeps every rule</source>
            <translation>El conjunto con la mayor puntuación total que cumple todas las reglas</translation>
        </message>
        <message>
            <source>Funded by rank until the money runs out</source>
            <translation>Financiadas por posición hasta agotar el dinero</translation>
        </message>
        <message>
            <source>The ranking funded in order, stopping at the first that does not fit</source>
            <translation>La clasificación financiada en orden, hasta la primera propuesta que no cabe</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Apply to board…</source>
            <translation>Aplicar al tablero…</translation>
        </message>
        <message>
            <source>Apply {plan} to the board</source>
            <translation>Aplicar {plan} al tablero</translation>
        </message>
        <message>
            <source>Type the budget to see the best roadmap it funds. Mark proposals must-fund or must-not, and their dependencies, on their cards.</source>
            <translation>Escriba el presupuesto para ver la mejor hoja de ruta que alcanza a financiar. Marque en las tarjetas qué propuestas se financian siempre o nunca, y sus dependencias.</translation>
        </message>
        <message>
            <source>Marked must-fund</source>
            <translation>Marcada para financiar siempre</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n propuesta, {cost} de {budget}; puntuación total {score}</numerusform>
                <numerusform>%n propuestas, {cost} de {budget}; puntuación total {score}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals, {cost} of {budget}; total score {score}</source>
            <translation>
                <numerusform>%n propuesta, {cost} de {budget}; puntuación total {score}</numerusform>
                <numerusform>%n propuestas, {cost} de {budget}; puntuación total {score}</numerusform>
            </translation>
        </message>
        <message>
            <source>The best roadmap scores {gain} more in total. In bold: the proposals only one of the two funds ({best} only in the best roadmap, {rank} only by rank).</source>
            <translation>La mejor hoja de ruta suma {gain} puntos más en total. En negrita: las propuestas que solo una de las dos financia ({best} solo en la mejor hoja de ruta, {rank} solo por posición).</translation>
        </message>
        <message>
            <source>Funding by rank is already the best roadmap under this budget.</source>
            <translation>Financiar por posición ya da la mejor hoja de ruta con este presupuesto.</translation>
        </message>
        <message>
            <source>unscored</source>
            <translation>sin puntuación</translation>
        </message>
        <message>
            <source>no cost set</source>
            <translation>sin costo indicado</translation>
        </message>
        <message>
            <source>marked must-not</source>
            <translation>marcada para no financiar nunca</translation>
        </message>
        <message>
            <source>Never funded: {proposals}</source>
            <translation>Nunca se financian: {proposals}</translation>
        </message>
    </context>
    <context>
        <name>CategoriesPage</name>
        <message>
            <source>Categories</source>
            <translation>Categorías</translation>
        </message>
        <message>
            <source>&amp;Add category</source>
            <translation>&amp;Agregar categoría</translation>
        </message>
        <message>
            <source>Add a category at the end</source>
            <translation>Agregar una categoría al final</translation>
        </message>
        <message>
            <source>Remove the selected category</source>
            <translation>Quitar la categoría seleccionada</translation>
        </message>
        <message>
            <source>Move the selected category up (Alt+Up)</source>
            <translation>Subir la categoría seleccionada (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the selected category down (Alt+Down)</source>
            <translation>Bajar la categoría seleccionada (Alt+Abajo)</translation>
        </message>
        <message>
            <source>category {number}</source>
            <translation>categoría {number}</translation>
        </message>
        <message>
            <source>Category {number} needs a name.</source>
            <translation>La categoría {number} necesita un nombre.</translation>
        </message>
        <message>
            <source>Two categories are called {name}; each needs its own name.</source>
            <translation>Hay dos categorías llamadas {name}; cada una necesita su propio nombre.</translation>
        </message>
        <message>
            <source>The roadmap track's name.</source>
            <translation>El nombre de la línea de trabajo de la hoja de ruta.</translation>
        </message>
        <message>
            <source>Quota</source>
            <translation>Cupo</translation>
        </message>
        <message>
            <source>How many of its proposals make the roadmap; blank for no quota.</source>
            <translation>Cuántas de sus propuestas entran en la hoja de ruta; en blanco si no hay cupo.</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the category's name; at most {most} characters. Empty: the model's label for the name, if it has one, or the name.</source>
            <translation>Se muestra en una tarjeta demasiado estrecha para el nombre de la categoría; como máximo {most} caracteres. Vacía: la etiqueta del modelo para ese nombre, si la tiene, o el nombre.</translation>
        </message>
        <message>
            <source>The roadmap's tracks. A quota is how many proposals of that track make the roadmap; leave it blank for no quota.</source>
            <translation>Las líneas de trabajo de la hoja de ruta. El cupo es cuántas propuestas de esa línea entran en la hoja de ruta; déjelo en blanco si no hay cupo.</translation>
        </message>
        <message>
            <source>The quota of {name} must be a whole number (got {text}).</source>
            <translation>El cupo de {name} debe ser un número entero (se escribió {text}).</translation>
        </message>
        <message>
            <source>The quota of {name} is too large (got {text}).</source>
            <translation>El cupo de {name} es demasiado grande (se escribió {text}).</translation>
        </message>
        <message>
            <source>The quota of {name} cannot be negative; leave it blank for no quota.</source>
            <translation>El cupo de {name} no puede ser negativo; déjelo en blanco si no hay cupo.</translation>
        </message>
    </context>
    <context>
        <name>ChartView</name>
        <message>
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>Per domain</source>
            <translation>Por ámbito</translation>
        </message>
        <message>
            <source>Ranking chart</source>
            <translation>Gráfico de la clasificación</translation>
        </message>
        <message>
            <source>Criteria chart</source>
            <translation>Gráfico de los criterios</translation>
        </message>
        <message>
            <source>Per domain chart</source>
            <translation>Gráfico por ámbito</translation>
        </message>
        <message>
            <source>Ranking chart description</source>
            <translation>Descripción del gráfico de la clasificación</translation>
        </message>
        <message>
            <source>Criteria chart description</source>
            <translation>Descripción del gráfico de los criterios</translation>
        </message>
        <message>
            <source>Per domain chart description</source>
            <translation>Descripción del gráfico por ámbito</translation>
        </message>
        <message>
            <source>Scatter chart: this workshop has no criteria.</source>
            <translation>Gráfico de dispersión: este taller no tiene criterios.</translation>
        </message>
    </context>
    <context>
        <name>CompareRoundsDialog</name>
        <message>
            <source>Compare rounds</source>
            <translation>Comparar rondas</translation>
        </message>
        <message>
            <source>Earlier round</source>
            <translation>Ronda anterior</translation>
        </message>
        <message>
            <source>Later round</source>
            <translation>Ronda posterior</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>Comparison summary</source>
            <translation>Resumen de la comparación</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Rank before → after</source>
            <translation>Posición antes → después</translation>
        </message>
        <message>
            <source>Score before → after</source>
            <translation>Puntuación antes → después</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Movements between the rounds</source>
            <translation>Cambios entre las rondas</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;De</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;a</translation>
        </message>
        <message>
            <source>Choose two different revealed rounds.</source>
            <translation>Elija dos rondas reveladas distintas.</translation>
        </message>
        <message>
            <source>Round {first} → round {second}: {rose} rose, {fell} fell; largest change first.</source>
            <translation>Ronda {first} → ronda {second}: {rose} al alza, {fell} a la baja; primero los cambios más grandes.</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Connection to the shared database</source>
            <translation>Conexión con la base de datos compartida</translation>
        </message>
        <message>
            <source>The shared database cannot be reached. Nothing that was saved is lost; changes from other laptops will show again once it is back. Retrying…</source>
            <translation>No se puede acceder a la base de datos compartida. No se ha perdido nada de lo guardado; los cambios de los otros portátiles volverán a mostrarse en cuanto vuelva. Reintentando…</translation>
        </message>
    </context>
    <context>
        <name>CouncilTab</name>
        <message>
            <source>This computer's time zone</source>
            <translation>Zona horaria de esta computadora</translation>
        </message>
        <message>
            <source>A&amp;genda item:</source>
            <translation>Punto de la a&amp;genda:</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Punto de la agenda</translation>
        </message>
        <message>
            <source>e.g. Item 4.2</source>
            <translation>p. ej., Punto 4.2</translation>
        </message>
        <message>
            <source>&amp;Meeting date:</source>
            <translation>Fecha de la &amp;sesión:</translation>
        </message>
        <message>
            <source>Meeting date</source>
            <translation>Fecha de la sesión</translation>
        </message>
        <message>
            <source>e.g. 15 January 2027 (blank: a line to fill in)</source>
            <translation>p. ej., 15 de enero de 2027 (en blanco: una línea para llenar)</translation>
        </message>
        <message>
            <source>Prepared &amp;by:</source>
            <translation>&amp;Preparado por:</translation>
        </message>
        <message>
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <source>Name and title (blank: a line to sign)</source>
            <translation>Nombre y cargo (en blanco: una línea para firmar)</translation>
        </message>
        <message>
            <source>Appro&amp;ved by:</source>
            <translation>Apro&amp;bado por:</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>&amp;Recommendation:</source>
            <translation>&amp;Recomendación:</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recomendación</translation>
        </message>
        <message>
            <source>Blank: “Approve the N projects on the roadmap as the cabinet's priorities for &lt;year&gt;.”</source>
            <translation>En blanco: «Aprobar los N proyectos de la hoja de ruta como prioridades del gabinete para &lt;año&gt;.»</translation>
        </message>
        <message>
            <source>A&amp;ction requested:</source>
            <translation>A&amp;cción solicitada:</translation>
        </message>
        <message>
            <source>Action requested</source>
            <translation>Acción solicitada</translation>
        </message>
        <message>
            <source>Blank: “Accept the roadmap and direct staff to return with implementation plans and funding requests.”</source>
            <translation>En blanco: «Aceptar la hoja de ruta e indicar al personal que regrese con planes de implementación y solicitudes de financiamiento.»</translation>
        </message>
        <message>
            <source>Council</source>
            <translation>Concejo</translation>
        </message>
        <message>
            <source>Time zone of the packet's times</source>
            <translation>Zona horaria de las horas del paquete</translation>
        </message>
        <message>
            <source>&amp;Time zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>What the council packet's front section says. Leave a field blank for the packet's default wording, or a line to fill in by hand.</source>
            <translation>Lo que dice la sección inicial del paquete para el Concejo. Deje un campo en blanco para usar el texto predeterminado del paquete o una línea para llenar a mano.</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Time's up</source>
            <translation>Se acabó el tiempo</translation>
        </message>
    </context>
    <context>
        <name>Counts</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cards</source>
            <translation>
                <numerusform>%n tarjeta</numerusform>
                <numerusform>%n tarjetas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CriteriaPage</name>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>The questions every director scores each proposal on. A participant's score is the weighted mean of their answers; each criterion has its own scale.</source>
            <translation>Las preguntas con las que cada director puntúa cada propuesta. La puntuación de un participante es la media ponderada de sus respuestas; cada criterio tiene su propia escala.</translation>
        </message>
        <message>
            <source>The weight of {name} must be above zero.</source>
            <translation>El peso de {name} debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>The scale of {name} must run upwards: the lowest score ({lowest}) must be below the highest ({highest}).</source>
            <translation>La escala de {name} debe ir de menor a mayor: la puntuación más baja ({lowest}) debe ser menor que la más alta ({highest}).</translation>
        </message>
        <message>
            <source>Add at least one criterion to score proposals on.</source>
            <translation>Agregue al menos un criterio para puntuar las propuestas.</translation>
        </message>
    </context>
    <context>
        <name>DevicesPanel</name>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>Directors' phones</source>
            <translation>Teléfonos de los directores</translation>
        </message>
        <message>
            <source>Open voting to &amp;devices</source>
            <translation>Abrir la votación en los &amp;dispositivos</translation>
        </message>
        <message>
            <source>Open voting to devices</source>
            <translation>Abrir la votación en los dispositivos</translation>
        </message>
        <message>
            <source>Network to serve the ballots on</source>
            <translation>Red en la que se sirven las boletas</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>Puerto</translation>
        </message>
        <message>
            <source>Where phones join</source>
            <translation>Dónde se conectan los teléfonos</translation>
        </message>
        <message>
            <source>How far the directors have got</source>
            <translation>Cuánto han avanzado los directores</translation>
        </message>
        <message>
            <source>Directors</source>
            <translation>Directores</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Voting</source>
            <comment>a director's progress</comment>
            <translation>Votación</translation>
        </message>
        <message>
            <source>&amp;New link…</source>
            <translation>&amp;Nuevo enlace…</translation>
        </message>
        <message>
            <source>Give the director a new link</source>
            <translation>Dar un nuevo enlace al director</translation>
        </message>
        <message>
            <source>A lost card or phone: the old link stops working at once</source>
            <translation>Tarjeta o teléfono perdido: el enlace anterior deja de funcionar de inmediato</translation>
        </message>
        <message>
            <source>Re&amp;lease phone…</source>
            <translation>&amp;Liberar teléfono…</translation>
        </message>
        <message>
            <source>Release the director's phone</source>
            <translation>Liberar el teléfono del director</translation>
        </message>
        <message>
            <source>The link then works on the next phone that opens it</source>
            <translation>El enlace funcionará en el próximo teléfono que lo abra</translation>
        </message>
        <message>
            <source>Print &amp;join cards…</source>
            <translation>Imprimir tarjetas de &amp;acceso…</translation>
        </message>
        <message>
            <source>Print join cards</source>
            <translation>Imprimir tarjetas de acceso</translation>
        </message>
        <message>
            <source>Room &amp;Wi-Fi…</source>
            <translation>&amp;Wi-Fi de la sala…</translation>
        </message>
        <message>
            <source>The room's Wi-Fi</source>
            <translation>El Wi-Fi de la sala</translation>
        </message>
        <message>
            <source>Net&amp;work:</source>
            <translation>R&amp;ed:</translation>
        </message>
        <message>
            <source>P&amp;ort:</source>
            <translation>P&amp;uerto:</translation>
        </message>
        <message>
            <source>Could not read the phones' progress: {problem}</source>
            <translation>No se pudo leer el avance de los teléfonos: {problem}</translation>
        </message>
        <message>
            <source>joined</source>
            <comment>a director's phone</comment>
            <translation>conectado</translation>
        </message>
        <message>
            <source>not yet</source>
            <comment>a director's phone</comment>
            <translation>todavía no</translation>
        </message>
        <message numerus="yes">
            <source>{given} of %n entry(ies) given</source>
            <translation>
                <numerusform>{given} de %n respuesta dada</numerusform>
                <numerusform>{given} de %n respuestas dadas</numerusform>
            </translation>
        </message>
        <message>
            <source>Stop voting on &amp;devices</source>
            <translation>Detener la votación en los &amp;dispositivos</translation>
        </message>
        <message>
            <source>Phones vote in the open round over the room's network</source>
            <translation>Los teléfonos votan en la ronda abierta a través de la red de la sala</translation>
        </message>
        <message>
            <source>Open a round first: phones vote in the open round</source>
            <translation>Abra primero una ronda: los teléfonos votan en la ronda abierta</translation>
        </message>
        <message>
            <source>Phones join at {address}</source>
            <translation>Los teléfonos se conectan en {address}</translation>
        </message>
        <message>
            <source>Phones cannot vote: voting to devices is off.</source>
            <translation>Los teléfonos no pueden votar: la votación en los dispositivos está desactivada.</translation>
        </message>
        <message>
            <source>{done} of {total} done</source>
            <translation>{done} de {total} listos</translation>
        </message>
        <message>
            <source>{count} partly</source>
            <translation>{count} a medias</translation>
        </message>
        <message numerus="yes">
            <source>{joined} of %n phone(s) joined</source>
            <translation>
                <numerusform>{joined} de %n teléfono conectado</numerusform>
                <numerusform>{joined} de %n teléfonos conectados</numerusform>
            </translation>
        </message>
        <message>
            <source>Not voted yet: {names}</source>
            <translation>Todavía no votan: {names}</translation>
        </message>
        <message>
            <source>Give {name} a new link?</source>
            <translation>¿Dar un nuevo enlace a {name}?</translation>
        </message>
        <message>
            <source>{name}'s current link and join card stop working at once; print a new card or read out the new code. Choices already made stay.</source>
            <translation>El enlace actual y la tarjeta de acceso de {name} dejan de funcionar de inmediato; imprima una tarjeta nueva o lea en voz alta el código nuevo. Las respuestas ya dadas se conservan.</translation>
        </message>
        <message>
            <source>No new link: {problem}</source>
            <translation>No se creó un enlace nuevo: {problem}</translation>
        </message>
        <message>
            <source>{name} has a new link: print their join card again.</source>
            <translation>{name} tiene un enlace nuevo: vuelva a imprimir su tarjeta de acceso.</translation>
        </message>
        <message>
            <source>Release {name}'s phone?</source>
            <translation>¿Liberar el teléfono de {name}?</translation>
        </message>
        <message>
            <source>{name}'s link will work on the next phone that opens it, and never again on the phone it is on now.</source>
            <translation>El enlace de {name} funcionará en el próximo teléfono que lo abra y nunca más en el teléfono en el que está ahora.</translation>
        </message>
        <message>
            <source>Not released: {problem}</source>
            <translation>No se liberó: {problem}</translation>
        </message>
        <message>
            <source>{name}'s link is free: open it on the new phone.</source>
            <translation>El enlace de {name} está libre: ábralo en el teléfono nuevo.</translation>
        </message>
        <message>
            <source>No join cards: {problem}</source>
            <translation>No hay tarjetas de acceso: {problem}</translation>
        </message>
    </context>
    <context>
        <name>DocumentActions</name>
        <message>
            <source>The city's logo for the poster</source>
            <translation>El logotipo de la ciudad para el póster</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.svg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
        </message>
        <message>
            <source>Logo: {path}</source>
            <translation>Logotipo: {path}</translation>
        </message>
        <message>
            <source>No logo on the poster.</source>
            <translation>El póster no lleva logotipo.</translation>
        </message>
        <message>
            <source>Roadmap poster on Letter sheets</source>
            <translation>Póster de la hoja de ruta en hojas tamaño carta</translation>
        </message>
        <message>
            <source>Roadmap poster on A4 sheets</source>
            <translation>Póster de la hoja de ruta en hojas A4</translation>
        </message>
        <message>
            <source>Roadmap poster</source>
            <translation>Póster de la hoja de ruta</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Imagen PNG (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Council packet</source>
            <translation>Paquete para el Concejo</translation>
        </message>
        <message>
            <source>Join cards</source>
            <translation>Tarjetas de acceso</translation>
        </message>
    </context>
    <context>
        <name>DocumentDialog</name>
        <message>
            <source>Notes on the document</source>
            <translation>Notas sobre el documento</translation>
        </message>
        <message>
            <source>Making the document</source>
            <translation>Preparando el documento</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>&amp;Guardar…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Round the document reports</source>
            <translation>Ronda que presenta el documento</translation>
        </message>
        <message>
            <source>&amp;Round:</source>
            <translation>&amp;Ronda:</translation>
        </message>
        <message>
            <source>Language of the document</source>
            <translation>Idioma del documento</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>I&amp;dioma:</translation>
        </message>
        <message>
            <source>Making “{document}”…</source>
            <translation>Preparando “{document}”…</translation>
        </message>
        <message numerus="yes">
            <source>%n page. Save it, or print it.</source>
            <translation>
                <numerusform>%n página. Guárdela o imprímala.</numerusform>
                <numerusform>%n páginas. Guárdelas o imprímalas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it, or print it.</source>
            <translation>
                <numerusform>%n página. Guárdela o imprímala.</numerusform>
                <numerusform>%n páginas. Guárdelas o imprímalas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n page. Save it.</source>
            <translation>
                <numerusform>%n página. Guárdela.</numerusform>
                <numerusform>%n páginas. Guárdelas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pages. Save it.</source>
            <translation>
                <numerusform>%n página. Guárdela.</numerusform>
                <numerusform>%n páginas. Guárdelas.</numerusform>
            </translation>
        </message>
        <message>
            <source>{note}.</source>
            <translation>{note}.</translation>
        </message>
        <message>
            <source>Page {number}</source>
            <translation>Página {number}</translation>
        </message>
        <message>
            <source>Page {number} of {count}</source>
            <translation>Página {number} de {count}</translation>
        </message>
        <message>
            <source>Saved to {path}.</source>
            <translation>Se guardó en {path}.</translation>
        </message>
        <message>
            <source>Preparing the pages for the printer…</source>
            <translation>Preparando las páginas para la impresora…</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviado a la impresora.</translation>
        </message>
        <message>
            <source>The printer refused the job.</source>
            <translation>La impresora rechazó el trabajo.</translation>
        </message>
    </context>
    <context>
        <name>DomainsPage</name>
        <message>
            <source>Domains</source>
            <translation>Ámbitos</translation>
        </message>
        <message>
            <source>&amp;Add domain</source>
            <translation>&amp;Agregar ámbito</translation>
        </message>
        <message>
            <source>Add a domain at the end</source>
            <translation>Agregar un ámbito al final</translation>
        </message>
        <message>
            <source>Remove the selected domain</source>
            <translation>Quitar el ámbito seleccionado</translation>
        </message>
        <message>
            <source>Move the selected domain up (Alt+Up)</source>
            <translation>Subir el ámbito seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the selected domain down (Alt+Down)</source>
            <translation>Bajar el ámbito seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>domain {number}</source>
            <translation>ámbito {number}</translation>
        </message>
        <message>
            <source>Domain {number} needs a name.</source>
            <translation>El ámbito {number} necesita un nombre.</translation>
        </message>
        <message>
            <source>Two domains are called {name}; each needs its own name.</source>
            <translation>Hay dos ámbitos llamados {name}; cada uno necesita su propio nombre.</translation>
        </message>
        <message>
            <source>The outcome area's name.</source>
            <translation>El nombre del área de resultados.</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Color</translation>
        </message>
        <message>
            <source>Shown beside the domain's name on cards, the poster and the packet.</source>
            <translation>Se muestra junto al nombre del ámbito en las tarjetas, el póster y el paquete.</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the domain's name; at most {most} characters. Empty: the model's label for the name, if it has one, or the name.</source>
            <translation>Se muestra en una tarjeta demasiado estrecha para el nombre del ámbito; como máximo {most} caracteres. Vacía: la etiqueta del modelo para ese nombre, si la tiene, o el nombre.</translation>
        </message>
        <message>
            <source>The Smart City Vision's outcome areas; each proposal belongs to one. The colours are colour-blind safe (Okabe–Ito) and always appear beside the name.</source>
            <translation>Las áreas de resultados de la Visión de Ciudad Inteligente; cada propuesta pertenece a una. Los colores son aptos para personas con daltonismo (Okabe–Ito) y siempre aparecen junto al nombre.</translation>
        </message>
        <message>
            <source>C&amp;olour…</source>
            <translation>C&amp;olor…</translation>
        </message>
        <message>
            <source>Choose the colour of the selected domain</source>
            <translation>Elegir el color del ámbito seleccionado</translation>
        </message>
        <message>
            <source>The colour of {name} is written #rrggbb, like #0072B2 (got {text}).</source>
            <translation>El color de {name} se escribe #rrggbb, como #0072B2 (se escribió {text}).</translation>
        </message>
    </context>
    <context>
        <name>EmptyBoardNote</name>
        <message>
            <source>No proposals yet</source>
            <translation>Todavía no hay propuestas</translation>
        </message>
        <message>
            <source>Add proposals to start.</source>
            <translation>Agregue propuestas para comenzar.</translation>
        </message>
        <message>
            <source>Use {way}.</source>
            <translation>Use {way}.</translation>
        </message>
        <message>
            <source>Use {ways} or {last}.</source>
            <translation>Use {ways} o {last}.</translation>
        </message>
    </context>
    <context>
        <name>EnteredValuesBox</name>
        <message>
            <source>&amp;Show entered values</source>
            <translation>&amp;Mostrar los valores ingresados</translation>
        </message>
        <message>
            <source>Show entered values</source>
            <translation>Mostrar los valores ingresados</translation>
        </message>
        <message>
            <source>Off: entered scores show as ✓, so nothing leaks on the projector before the reveal</source>
            <translation>Desactivado: las puntuaciones ingresadas se ven como ✓, para que nada se filtre en el proyector antes de revelarlas</translation>
        </message>
        <message>
            <source>Directors' entries will be visible on this screen, and on the projector if it shows this screen. Show the entered values?</source>
            <translation>Las respuestas de los directores se verán en esta pantalla, y en el proyector si muestra esta pantalla. ¿Mostrar los valores ingresados?</translation>
        </message>
        <message>
            <source>Show entered values?</source>
            <translation>¿Mostrar los valores ingresados?</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Filter proposals</source>
            <translation>Filtrar propuestas</translation>
        </message>
        <message>
            <source>Search proposals (Ctrl+F)</source>
            <translation>Buscar propuestas (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search proposals</source>
            <translation>Buscar propuestas</translation>
        </message>
        <message>
            <source>Finds words in a proposal's title, summary, department, domain and category; case and accents do not matter. Escape clears the search.</source>
            <translation>Busca palabras en el título, el resumen, el departamento, el ámbito y la categoría de una propuesta; no importan las mayúsculas ni los acentos. Escape borra la búsqueda.</translation>
        </message>
        <message>
            <source>Filter by domain</source>
            <translation>Filtrar por ámbito</translation>
        </message>
        <message>
            <source>All domains</source>
            <translation>Todos los ámbitos</translation>
        </message>
        <message>
            <source>Filter by category</source>
            <translation>Filtrar por categoría</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Todas las categorías</translation>
        </message>
        <message>
            <source>Filter by department</source>
            <translation>Filtrar por departamento</translation>
        </message>
        <message>
            <source>All departments</source>
            <translation>Todos los departamentos</translation>
        </message>
        <message>
            <source>Hide non-matching</source>
            <translation>Ocultar las que no coinciden</translation>
        </message>
        <message>
            <source>Hide non-matching proposals</source>
            <translation>Ocultar las propuestas que no coinciden</translation>
        </message>
        <message>
            <source>Hide the proposals that do not match, instead of dimming them</source>
            <translation>Ocultar las propuestas que no coinciden, en lugar de atenuarlas</translation>
        </message>
        <message>
            <source>Proposals matching the filter</source>
            <translation>Propuestas que coinciden con el filtro</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposal matches</source>
            <translation>
                <numerusform>%n de {total} propuesta coincide</numerusform>
                <numerusform>%n de {total} propuesta coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposal match</source>
            <translation>
                <numerusform>%n de {total} propuesta coincide</numerusform>
                <numerusform>%n de {total} propuesta coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals matches</source>
            <translation>
                <numerusform>%n de {total} propuestas coincide</numerusform>
                <numerusform>%n de {total} propuestas coinciden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} proposals match</source>
            <translation>
                <numerusform>%n de {total} propuestas coincide</numerusform>
                <numerusform>%n de {total} propuestas coinciden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportProposalsDialog</name>
        <message>
            <source>Import proposals from {file}</source>
            <translation>Importar propuestas de {file}</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>Hoja de cálculo</translation>
        </message>
        <message>
            <source>Save a &amp;template…</source>
            <translation>Guardar una &amp;plantilla…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Columna para {field}</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisiones</translation>
        </message>
        <message>
            <source>Rows whose title is already in the workshop</source>
            <translation>Filas cuyo título ya está en el taller</translation>
        </message>
        <message>
            <source>Titles already there:</source>
            <translation>Títulos que ya existen:</translation>
        </message>
        <message>
            <source>Titles over 300 characters</source>
            <translation>Títulos de más de 300 caracteres</translation>
        </message>
        <message>
            <source>Refuse the file (shorten them first)</source>
            <translation>Rechazar el archivo (acortarlos antes)</translation>
        </message>
        <message>
            <source>Cut them; keep the whole title in the summary</source>
            <translation>Recortarlos; conservar el título completo en el resumen</translation>
        </message>
        <message>
            <source>Titles over 300 characters:</source>
            <translation>Títulos de más de 300 caracteres:</translation>
        </message>
        <message>
            <source>Domains and categories the workshop does not have</source>
            <translation>Ámbitos y categorías que el taller no tiene</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>En el archivo</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <source>New values:</source>
            <translation>Valores nuevos:</translation>
        </message>
        <message>
            <source>The first rows as they will land</source>
            <translation>Las primeras filas tal como quedarán</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Preview (the first rows as they will land):</source>
            <translation>Vista previa (las primeras filas tal como quedarán):</translation>
        </message>
        <message>
            <source>{source}: {rows}, {columns}</source>
            <translation>{source}: {rows}, {columns}</translation>
        </message>
        <message numerus="yes">
            <source>%n row</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rows</source>
            <translation>
                <numerusform>%n fila</numerusform>
                <numerusform>%n filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n column</source>
            <translation>
                <numerusform>%n columna</numerusform>
                <numerusform>%n columnas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n columns</source>
            <translation>
                <numerusform>%n columna</numerusform>
                <numerusform>%n columnas</numerusform>
            </translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no se importa)</translation>
        </message>
        <message>
            <source>(column {number})</source>
            <translation>(columna {number})</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Use for the domain {name}</source>
            <translation>Qué usar para el ámbito {name}</translation>
        </message>
        <message>
            <source>Use for the category {name}</source>
            <translation>Qué usar para la categoría {name}</translation>
        </message>
        <message>
            <source>Create as new</source>
            <translation>Crear como nuevo</translation>
        </message>
        <message numerus="yes">
            <source>%n to add</source>
            <translation>
                <numerusform>%n por agregar</numerusform>
                <numerusform>%n por agregar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n to update</source>
            <translation>
                <numerusform>%n por actualizar</numerusform>
                <numerusform>%n por actualizar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n skipped</source>
            <translation>
                <numerusform>%n omitida</numerusform>
                <numerusform>%n omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new name</source>
            <translation>
                <numerusform>%n nombre nuevo</numerusform>
                <numerusform>%n nombres nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new names</source>
            <translation>
                <numerusform>%n nombre nuevo</numerusform>
                <numerusform>%n nombres nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problems</source>
            <translation>
                <numerusform>%n problema</numerusform>
                <numerusform>%n problemas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… y %n más</numerusform>
                <numerusform>… y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: ready to import.</source>
            <translation>Sin problemas: todo listo para importar.</translation>
        </message>
        <message>
            <source>“{title}” (row {row}, already in the workshop)</source>
            <translation>“{title}” (fila {row}, ya está en el taller)</translation>
        </message>
        <message>
            <source>“{title}” (row {row}, same as row {earlier})</source>
            <translation>“{title}” (fila {row}, igual que la fila {earlier})</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Ninguno.</translation>
        </message>
    </context>
    <context>
        <name>LabelTable</name>
        <message>
            <source>Short labels</source>
            <translation>Etiquetas cortas</translation>
        </message>
        <message>
            <source>Each domain and category with its short label. Arrow keys move between rows; type or press F2 to edit a short label. Leave it empty to show the full name.</source>
            <translation>Cada ámbito y categoría con su etiqueta corta. Las flechas mueven entre filas; escriba o pulse F2 para editar una etiqueta corta. Déjela vacía para mostrar el nombre completo.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Domain or category.</source>
            <translation>Ámbito o categoría.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>The full name, shown wherever it fits (change it where it was made).</source>
            <translation>El nombre completo, que se muestra dondequiera que quepa (se cambia donde se creó).</translation>
        </message>
        <message>
            <source>Short label</source>
            <translation>Etiqueta corta</translation>
        </message>
        <message>
            <source>Shown on a card too narrow for the name; at most {most} characters. Empty: the name.</source>
            <translation>Se muestra en una tarjeta demasiado estrecha para el nombre; como máximo {most} caracteres. Vacía: el nombre.</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>No short label: {name} is shown in full</source>
            <translation>Sin etiqueta corta: {name} se muestra completo</translation>
        </message>
        <message>
            <source>On a narrow card: {label}</source>
            <translation>En una tarjeta estrecha: {label}</translation>
        </message>
        <message>
            <source>No short label: cards show {name}</source>
            <translation>Sin etiqueta corta: las tarjetas muestran {name}</translation>
        </message>
    </context>
    <context>
        <name>LaneColumn</name>
        <message>
            <source>{lane} {count}, over the limit</source>
            <translation>{lane} {count}, por encima del límite</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message>
            <source>{quota} (over quota)</source>
            <translation>{quota} (por encima de la cuota)</translation>
        </message>
        <message>
            <source>Quotas: {quotas}</source>
            <translation>Cuotas: {quotas}</translation>
        </message>
    </context>
    <context>
        <name>LaneView</name>
        <message>
            <source>{lane} lane</source>
            <translation>Columna {lane}</translation>
        </message>
    </context>
    <context>
        <name>LanesPage</name>
        <message>
            <source>Lanes</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <source>&amp;Add lane</source>
            <translation>&amp;Agregar columna</translation>
        </message>
        <message>
            <source>Add a lane at the end</source>
            <translation>Agregar una columna al final</translation>
        </message>
        <message>
            <source>Remove the selected lane</source>
            <translation>Quitar la columna seleccionada</translation>
        </message>
        <message>
            <source>Move the selected lane up (Alt+Up)</source>
            <translation>Subir la columna seleccionada (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the selected lane down (Alt+Down)</source>
            <translation>Bajar la columna seleccionada (Alt+Abajo)</translation>
        </message>
        <message>
            <source>lane {number}</source>
            <translation>columna {number}</translation>
        </message>
        <message>
            <source>Lane {number} needs a name.</source>
            <translation>La columna {number} necesita un nombre.</translation>
        </message>
        <message>
            <source>Two lanes are called {name}; each needs its own name.</source>
            <translation>Hay dos columnas llamadas {name}; cada una necesita su propio nombre.</translation>
        </message>
        <message>
            <source>The column's heading on the board.</source>
            <translation>El encabezado de la columna en el tablero.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>What the lane is for; new proposals land in the Inbox lane.</source>
            <translation>Para qué sirve la columna; las propuestas nuevas llegan a la Bandeja de entrada.</translation>
        </message>
        <message>
            <source>Limit</source>
            <translation>Límite</translation>
        </message>
        <message>
            <source>The most cards the lane should hold; blank for no limit.</source>
            <translation>El máximo de tarjetas que debería tener la columna; en blanco si no hay límite.</translation>
        </message>
        <message>
            <source>The columns of the board, left to right. New proposals land in the Inbox. A lane's count turns red above its limit; leave the limit blank for none.</source>
            <translation>Las columnas del tablero, de izquierda a derecha. Las propuestas nuevas llegan a la Bandeja de entrada. El conteo de una columna se pone en rojo cuando supera su límite; deje el límite en blanco si no hay ninguno.</translation>
        </message>
        <message>
            <source>The limit of {name} must be a whole number (got {text}).</source>
            <translation>El límite de {name} debe ser un número entero (se escribió {text}).</translation>
        </message>
        <message>
            <source>The limit of {name} is too large (got {text}).</source>
            <translation>El límite de {name} es demasiado grande (se escribió {text}).</translation>
        </message>
        <message>
            <source>The limit of {name} cannot be negative; leave it blank for no limit.</source>
            <translation>El límite de {name} no puede ser negativo; déjelo en blanco si no hay límite.</translation>
        </message>
        <message>
            <source>The board needs at least one lane.</source>
            <translation>El tablero necesita al menos una columna.</translation>
        </message>
        <message>
            <source>Only one lane can be the Inbox, where new proposals land.</source>
            <translation>Solo una columna puede ser la Bandeja de entrada, donde llegan las propuestas nuevas.</translation>
        </message>
    </context>
    <context>
        <name>LinkCommand</name>
        <message>
            <source>{card} needs {other}</source>
            <translation>{card} necesita {other}</translation>
        </message>
        <message>
            <source>{card} excludes {other}</source>
            <translation>{card} excluye {other}</translation>
        </message>
        <message>
            <source>That dependency has been changed by someone else since; their change stays.</source>
            <translation>Otra persona ha cambiado esa dependencia desde entonces; su cambio se mantiene.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{store} — {app}</source>
            <translation>{store} — {app}</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Workshop summary</source>
            <translation>Resumen del taller</translation>
        </message>
        <message>
            <source>Time left in the round</source>
            <translation>Tiempo restante de la ronda</translation>
        </message>
        <message>
            <source>Board, scoring and results</source>
            <translation>Tablero, puntuación y resultados</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>Ta&amp;blero</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>P&amp;untuar</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Archivo de datos: {store}</translation>
        </message>
        <message>
            <source>Create or choose a workshop first.</source>
            <translation>Primero cree o elija un taller.</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>No se puede importar</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposal from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Se importó %n propuesta de {file} y se actualizaron {updated}.</numerusform>
                <numerusform>Se importaron %n propuestas de {file} y se actualizaron {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}, updated {updated}.</source>
            <translation>
                <numerusform>Se importó %n propuesta de {file} y se actualizaron {updated}.</numerusform>
                <numerusform>Se importaron %n propuestas de {file} y se actualizaron {updated}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposal from {file}.</source>
            <translation>
                <numerusform>Se importó %n propuesta de {file}.</numerusform>
                <numerusform>Se importaron %n propuestas de {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n proposals from {file}.</source>
            <translation>
                <numerusform>Se importó %n propuesta de {file}.</numerusform>
                <numerusform>Se importaron %n propuestas de {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save an import template</source>
            <translation>Guardar una plantilla de importación</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>Saved the template to {path}.</source>
            <translation>Se guardó la plantilla en {path}.</translation>
        </message>
        <message>
            <source>Open a Roadmap Desktop store</source>
            <translation>Abrir un archivo de datos de Roadmap Desktop</translation>
        </message>
        <message>
            <source>This window cannot open other stores.</source>
            <translation>Esta ventana no puede abrir otros archivos de datos.</translation>
        </message>
        <message>
            <source>Cannot open the store</source>
            <translation>No se puede abrir el archivo de datos</translation>
        </message>
        <message>
            <source>No workshop yet</source>
            <translation>Todavía no hay ningún taller</translation>
        </message>
        <message>
            <source>Create one with File ▸ New workshop… (Ctrl+Shift+N).</source>
            <translation>Cree uno con Archivo ▸ Nuevo taller… (Ctrl+Shift+N).</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director voting</source>
            <translation>
                <numerusform>%n director vota</numerusform>
                <numerusform>%n directores votan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n directors voting</source>
            <translation>
                <numerusform>%n director vota</numerusform>
                <numerusform>%n directores votan</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message>
            <source>round {number} revealed</source>
            <translation>ronda {number} revelada</translation>
        </message>
        <message>
            <source>Could not show the latest change: {problem}</source>
            <translation>No se pudo mostrar el último cambio: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Message</name>
        <message>
            <source>Problem on this page</source>
            <translation>Problema en esta página</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopWizard</name>
        <message>
            <source>New workshop</source>
            <translation>Nuevo taller</translation>
        </message>
        <message>
            <source>&amp;Create workshop</source>
            <translation>&amp;Crear taller</translation>
        </message>
        <message>
            <source>Change the model's language</source>
            <translation>Cambiar el idioma del modelo</translation>
        </message>
        <message>
            <source>The domains, categories, criteria and lanes will be written again in {language}, and your changes to them will be lost. Change the language?</source>
            <translation>Los ámbitos, las categorías, los criterios y las columnas se volverán a escribir en {language} y se perderán los cambios que usted les hizo. ¿Desea cambiar el idioma?</translation>
        </message>
        <message>
            <source>{page}: {problem}</source>
            <translation>{page}: {problem}</translation>
        </message>
        <message>
            <source>The workshop was not created: {reason}</source>
            <translation>No se creó el taller: {reason}</translation>
        </message>
    </context>
    <context>
        <name>NoteCommand</name>
        <message>
            <source>Add a note to {card}</source>
            <translation>Añadir una nota a {card}</translation>
        </message>
    </context>
    <context>
        <name>OpenRoundDialog</name>
        <message>
            <source>Open a round</source>
            <translation>Abrir una ronda</translation>
        </message>
        <message>
            <source>&amp;All proposals</source>
            <translation>&amp;Todas las propuestas</translation>
        </message>
        <message>
            <source>The current &amp;lane: {lane} ({count})</source>
            <translation>La &amp;columna actual: {lane} ({count})</translation>
        </message>
        <message>
            <source>The current &amp;lane</source>
            <translation>La &amp;columna actual</translation>
        </message>
        <message>
            <source>The &amp;selected cards ({count})</source>
            <translation>Las tarjetas &amp;seleccionadas ({count})</translation>
        </message>
        <message>
            <source>Score each &amp;criterion</source>
            <translation>&amp;Puntuar cada criterio</translation>
        </message>
        <message>
            <source>&amp;Dot voting</source>
            <translation>Votación por p&amp;untos</translation>
        </message>
        <message>
            <source> dots each</source>
            <extracomment>After the number in a spin box: "5 dots each".</extracomment>
            <translation> puntos cada uno</translation>
        </message>
        <message>
            <source>Dots per director</source>
            <translation>Puntos por director</translation>
        </message>
        <message>
            <source>No timer</source>
            <translation>Sin temporizador</translation>
        </message>
        <message>
            <source> min</source>
            <extracomment>After the number in a spin box: "10 min".</extracomment>
            <translation> min</translation>
        </message>
        <message>
            <source>Timer in minutes (0: no timer)</source>
            <translation>Temporizador en minutos (0: sin temporizador)</translation>
        </message>
        <message>
            <source>Proposals:</source>
            <translation>Propuestas:</translation>
        </message>
        <message>
            <source>Method:</source>
            <translation>Método:</translation>
        </message>
        <message>
            <source>&amp;Timer:</source>
            <translation>Te&amp;mporizador:</translation>
        </message>
        <message>
            <source>Open round</source>
            <translation>Abrir ronda</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Who takes part: directors score the proposals, the facilitator runs the laptop and observers watch. Paste a list from a spreadsheet with “Paste list…”.</source>
            <translation>Quiénes participan: los directores puntúan las propuestas, el facilitador maneja la computadora portátil y los observadores observan. Pegue una lista desde una hoja de cálculo con “Pegar lista…”.</translation>
        </message>
        <message>
            <source>&amp;Paste list…</source>
            <translation>&amp;Pegar lista…</translation>
        </message>
        <message>
            <source>Paste a list of participants, one per line</source>
            <translation>Pegar una lista de participantes, uno por línea</translation>
        </message>
        <message>
            <source>Add at least one director: directors are the ones who score.</source>
            <translation>Agregue al menos un director: los directores son quienes puntúan.</translation>
        </message>
    </context>
    <context>
        <name>PasteParticipantsDialog</name>
        <message>
            <source>Paste participants</source>
            <translation>Pegar participantes</translation>
        </message>
        <message>
            <source>One participant per line: &lt;b&gt;Name, role, department&lt;/b&gt;. The role is director, facilitator or observer (director if left out). Cells copied from a spreadsheet work too.</source>
            <translation>Un participante por línea: &lt;b&gt;Nombre, rol, departamento&lt;/b&gt;. El rol es director, facilitador u observador (director si se omite). También sirven celdas copiadas de una hoja de cálculo.</translation>
        </message>
        <message>
            <source>Participants, one per line</source>
            <translation>Participantes, uno por línea</translation>
        </message>
        <message>
            <source>María José Hernández, director, Parks, Recreation and Neighborhood Services
Nguyễn Văn An, director, Transportation
Sam Lee, facilitator, City Manager's Office</source>
            <translation>María José Hernández, director, Parques, Recreación y Servicios Vecinales
Nguyễn Văn An, director, Transporte
Sam Lee, facilitador, Oficina del Administrador Municipal</translation>
        </message>
        <message>
            <source>&amp;Add participants</source>
            <translation>&amp;Agregar participantes</translation>
        </message>
        <message>
            <source>Paste at least one line with a name.</source>
            <translation>Pegue al menos una línea con un nombre.</translation>
        </message>
    </context>
    <context>
        <name>PhoneVoting</name>
        <message>
            <source>Open a round first: phones vote in the open round.</source>
            <translation>Abra primero una ronda: los teléfonos votan en la ronda abierta.</translation>
        </message>
        <message>
            <source>Voting to devices did not start: {problem}</source>
            <translation>La votación en los dispositivos no se inició: {problem}</translation>
        </message>
        <message>
            <source>Phones can vote in round {number}: they join at {address}</source>
            <translation>Los teléfonos pueden votar en la ronda {number}: se conectan en {address}</translation>
        </message>
        <message>
            <source>Voting to devices is off.</source>
            <translation>La votación en los dispositivos está desactivada.</translation>
        </message>
        <message>
            <source>The round closed: phones can no longer vote.</source>
            <translation>La ronda se cerró: los teléfonos ya no pueden votar.</translation>
        </message>
    </context>
    <context>
        <name>PresenterCounts</name>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done} de %n director listo</numerusform>
                <numerusform>{done} de %n directores listos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place your %n dot(s) on the proposals you back most</source>
            <translation>
                <numerusform>Ponga %n punto en la propuesta que más apoya</numerusform>
                <numerusform>Reparta %n puntos entre las propuestas que más apoya</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more</source>
            <extracomment>Below the last card a lane has room for: "+ 12 more".</extracomment>
            <translation>
                <numerusform>+ %n más</numerusform>
                <numerusform>+ %n más</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n vote(s)</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>dashed line: the roadmap's %n</source>
            <extracomment>The ranking's key: the dashed line under the roadmap's last proposal.</extracomment>
            <translation>
                <numerusform>línea punteada: %n propuesta de la hoja de ruta</numerusform>
                <numerusform>línea punteada: %n propuestas de la hoja de ruta</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterMenu</name>
        <message>
            <source>P&amp;resenter</source>
            <translation>Pantalla de la &amp;sala</translation>
        </message>
        <message>
            <source>&amp;Board, fitted</source>
            <translation>&amp;Tablero completo</translation>
        </message>
        <message>
            <source>&amp;Roadmap lane alone</source>
            <translation>Solo la columna &amp;Hoja de ruta</translation>
        </message>
        <message>
            <source>&amp;Voting</source>
            <translation>&amp;Votación</translation>
        </message>
        <message>
            <source>R&amp;eveal</source>
            <translation>R&amp;evelación</translation>
        </message>
        <message>
            <source>&amp;Proposal (the selected card)</source>
            <translation>&amp;Propuesta (la tarjeta seleccionada)</translation>
        </message>
        <message>
            <source>Show the room the board (key {key})</source>
            <translation>Mostrar el tablero a la sala (tecla {key})</translation>
        </message>
        <message>
            <source>Show the room the roadmap lane (key {key})</source>
            <translation>Mostrar la columna de la hoja de ruta a la sala (tecla {key})</translation>
        </message>
        <message>
            <source>Show the room the voting (key {key})</source>
            <translation>Mostrar la votación a la sala (tecla {key})</translation>
        </message>
        <message>
            <source>Show the room the reveal (key {key})</source>
            <translation>Mostrar la revelación a la sala (tecla {key})</translation>
        </message>
        <message>
            <source>Show the room the selected proposal (key {key})</source>
            <translation>Mostrar la propuesta seleccionada a la sala (tecla {key})</translation>
        </message>
        <message>
            <source>Reveal from the &amp;top</source>
            <translation>Revelar desde &amp;arriba</translation>
        </message>
        <message>
            <source>Reveal the ranking from rank 1 down (else from the bottom up)</source>
            <translation>Revelar la clasificación desde el primer lugar hacia abajo (si no, de abajo hacia arriba)</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>Paso &amp;siguiente</translation>
        </message>
        <message>
            <source>Pre&amp;vious step</source>
            <translation>Paso a&amp;nterior</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <source>Voting</source>
            <translation>Votación</translation>
        </message>
        <message>
            <source>Reveal</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Presenter view</source>
            <translation>Pantalla de la sala</translation>
        </message>
        <message>
            <source>{workshop} — Presenter — {app}</source>
            <translation>{workshop} — Pantalla de la sala — {app}</translation>
        </message>
        <message>
            <source>Presenter: {mode}</source>
            <translation>Pantalla de la sala: {mode}</translation>
        </message>
        <message>
            <source>Reveal, step {step} of {steps}</source>
            <translation>Resultados, paso {step} de {steps}</translation>
        </message>
        <message>
            <source>Proposal {number} of {count}</source>
            <translation>Propuesta {number} de {count}</translation>
        </message>
    </context>
    <context>
        <name>ProgressText</name>
        <message>
            <source>open</source>
            <comment>a round's status</comment>
            <translation>abierta</translation>
        </message>
        <message>
            <source>closed</source>
            <comment>a round's status</comment>
            <translation>cerrada</translation>
        </message>
        <message>
            <source>revealed</source>
            <comment>a round's status</comment>
            <translation>revelada</translation>
        </message>
        <message>
            <source>done</source>
            <comment>a director's voting</comment>
            <translation>listo</translation>
        </message>
        <message>
            <source>partly</source>
            <comment>a director's voting</comment>
            <translation>a medias</translation>
        </message>
        <message>
            <source>not started</source>
            <comment>a director's voting</comment>
            <translation>sin empezar</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <extracomment>The end of a list of names cut short: "Ana, Bao, Chen and 7 more".</extracomment>
            <translation>
                <numerusform>{names} y %n más</numerusform>
                <numerusform>{names} y %n más</numerusform>
            </translation>
        </message>
        <message>
            <source>no directors</source>
            <translation>sin directores</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n director(s) done</source>
            <translation>
                <numerusform>{done} de %n director listo</numerusform>
                <numerusform>{done} de %n directores listos</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} partly</source>
            <translation>{count} a medias</translation>
        </message>
        <message>
            <source>{count} not started</source>
            <translation>{count} sin empezar</translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not spent all their dots ({names}).</source>
            <translation>
                <numerusform>%n director no ha usado todos sus puntos ({names}).</numerusform>
                <numerusform>%n directores no han usado todos sus puntos ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s) not given.</source>
            <translation>
                <numerusform>Falta %n punto por dar.</numerusform>
                <numerusform>Faltan %n puntos por dar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n director(s) have not finished ({names}).</source>
            <translation>
                <numerusform>%n director no ha terminado ({names}).</numerusform>
                <numerusform>%n directores no han terminado ({names}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) missing.</source>
            <translation>
                <numerusform>Falta %n respuesta.</numerusform>
                <numerusform>Faltan %n respuestas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close anyway?</source>
            <translation>¿Cerrar de todos modos?</translation>
        </message>
    </context>
    <context>
        <name>ProposalDialog</name>
        <message>
            <source>Edit proposal</source>
            <translation>Editar propuesta</translation>
        </message>
        <message>
            <source>New proposal</source>
            <translation>Nueva propuesta</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Sponsoring department</source>
            <translation>Departamento patrocinador</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Cost in dollars</source>
            <translation>Costo en dólares</translation>
        </message>
        <message>
            <source>e.g. 250,000</source>
            <extracomment>Keep the number as it is: the field reads a comma as a thousands separator.</extracomment>
            <translation>p. ej., 250,000</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>e.g. 12 months</source>
            <translation>p. ej., 12 meses</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Under a budget</source>
            <translation>Con presupuesto</translation>
        </message>
        <message>
            <source>No rule</source>
            <translation>Sin regla</translation>
        </message>
        <message>
            <source>Must fund</source>
            <translation>Financiar siempre</translation>
        </message>
        <message>
            <source>Must not fund</source>
            <translation>No financiar nunca</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <source>&amp;Summary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>&amp;Departamento</translation>
        </message>
        <message>
            <source>Do&amp;main</source>
            <translation>Á&amp;mbito</translation>
        </message>
        <message>
            <source>&amp;Category</source>
            <translation>&amp;Categoría</translation>
        </message>
        <message>
            <source>C&amp;ost ($)</source>
            <translation>C&amp;osto ($)</translation>
        </message>
        <message>
            <source>Time&amp;frame</source>
            <translation>Pla&amp;zo</translation>
        </message>
        <message>
            <source>&amp;Lane</source>
            <translation>Co&amp;lumna</translation>
        </message>
        <message>
            <source>&amp;Under a budget</source>
            <translation>Con &amp;presupuesto</translation>
        </message>
        <message>
            <source>Depe&amp;ndencies</source>
            <translation>Depe&amp;ndencias</translation>
        </message>
        <message>
            <source>Not&amp;es</source>
            <translation>Nota&amp;s</translation>
        </message>
        <message>
            <source>A proposal needs a title.</source>
            <translation>Una propuesta necesita un título.</translation>
        </message>
        <message>
            <source>The cost is a number of dollars, e.g. 250,000 (or leave it empty).</source>
            <translation>El costo es una cantidad en dólares, p. ej., 250,000 (o déjelo vacío).</translation>
        </message>
    </context>
    <context>
        <name>ProposalLinks</name>
        <message>
            <source>Dependencies</source>
            <translation>Dependencias</translation>
        </message>
        <message>
            <source>Kind of dependency</source>
            <translation>Tipo de dependencia</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Necesita</translation>
        </message>
        <message>
            <source>Excludes</source>
            <translation>Excluye</translation>
        </message>
        <message>
            <source>Other proposal</source>
            <translation>Otra propuesta</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Saved at once; Edit ▸ Undo takes a change back.</source>
            <translation>Se guarda al instante; Editar ▸ Deshacer revierte un cambio.</translation>
        </message>
        <message>
            <source>(an archived proposal)</source>
            <translation>(una propuesta archivada)</translation>
        </message>
        <message>
            <source>Excludes: {title}</source>
            <translation>Excluye: {title}</translation>
        </message>
        <message>
            <source>Needs: {title}</source>
            <translation>Necesita: {title}</translation>
        </message>
        <message>
            <source>Needed by: {title}</source>
            <translation>Requerida por: {title}</translation>
        </message>
        <message>
            <source>No dependencies</source>
            <translation>Sin dependencias</translation>
        </message>
        <message>
            <source>That dependency is already there.</source>
            <translation>Esa dependencia ya existe.</translation>
        </message>
        <message>
            <source>Not added: {problem}</source>
            <translation>No se añadió: {problem}</translation>
        </message>
        <message>
            <source>Not removed: {problem}</source>
            <translation>No se quitó: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ProposalNotes</name>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>Nota nueva</translation>
        </message>
        <message>
            <source>What was said; Enter adds it</source>
            <translation>Lo que se dijo; Intro la añade</translation>
        </message>
        <message>
            <source>Raised by</source>
            <translation>Planteado por</translation>
        </message>
        <message>
            <source>a name, or leave empty</source>
            <translation>un nombre, o déjelo vacío</translation>
        </message>
        <message>
            <source>Raised &amp;by</source>
            <translation>Plant&amp;eado por</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Añadir nota</translation>
        </message>
        <message>
            <source>Remo&amp;ve note</source>
            <translation>Q&amp;uitar nota</translation>
        </message>
        <message>
            <source>Saved at once; Edit ▸ Undo takes it back.</source>
            <translation>Se guarda al instante; Editar ▸ Deshacer lo revierte.</translation>
        </message>
        <message>
            <source>{author} — {text} · {time}</source>
            <translation>{author} — {text} · {time}</translation>
        </message>
        <message>
            <source>{text} · {time}</source>
            <translation>{text} · {time}</translation>
        </message>
        <message>
            <source>The notes cannot be read: {problem}</source>
            <translation>No se pueden leer las notas: {problem}</translation>
        </message>
        <message>
            <source>No notes yet</source>
            <translation>Aún no hay notas</translation>
        </message>
        <message>
            <source>Not added: {problem}</source>
            <translation>No se añadió: {problem}</translation>
        </message>
        <message>
            <source>Not removed: {problem}</source>
            <translation>No se quitó: {problem}</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Seleccionar todo</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Aumentar</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Re&amp;ducir</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Ver en:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nombre de fichero:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Ficheros de tipo:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Directorio:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Seleccionar</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Atrás</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Directorio superior</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Crear nueva carpeta</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vista de lista</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vista detallada</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Nueva carpeta</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Lugares recientes</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Mi equipo</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Todos los ficheros (*)</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Mostrar los fic&amp;heros ocultos</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Cambia&amp;r de nombre</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Borrar</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Mostrar los detalles...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ocultar los detalles...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Guardar todo</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Sí a &amp;todo</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;o a todo</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Interrumpir</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reintentar</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ayuda</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicar</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reinicializar</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restaurar los valores predeterminados</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiar la ubicación del en&amp;lace</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Seleccionar todo</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Siguie&amp;nte &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finalizar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ayuda</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Ir atrás</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
    </context>
    <context>
        <name>RankingModel</name>
        <message>
            <source>Rank</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>n</source>
            <extracomment>The column of how many directors scored a proposal (a statistician's "n").</extracomment>
            <translation>n</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Dispersión</translation>
        </message>
        <message>
            <source>Discuss</source>
            <translation>A debatir</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Nivel</translation>
        </message>
        <message>
            <source>discuss</source>
            <translation>a debatir</translation>
        </message>
        <message>
            <source>tie</source>
            <translation>empate</translation>
        </message>
        <message>
            <source>Tier {number}</source>
            <translation>Nivel {number}</translation>
        </message>
        <message>
            <source>✓ tie</source>
            <extracomment>A proposal above the cut line that ties with one below it.</extracomment>
            <translation>✓ empate</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vacío</translation>
        </message>
        <message>
            <source>Shared by ties (1, 2, 2, 4); unscored proposals have no rank</source>
            <translation>Compartida en caso de empate (1, 2, 2, 4); las propuestas sin puntuación no tienen posición</translation>
        </message>
        <message>
            <source>Mean of the directors' weighted scores</source>
            <translation>Media de las puntuaciones ponderadas de los directores</translation>
        </message>
        <message>
            <source>How many directors scored the proposal</source>
            <translation>Cuántos directores puntuaron la propuesta</translation>
        </message>
        <message>
            <source>Population standard deviation of the directors' scores</source>
            <translation>Desviación estándar poblacional de las puntuaciones de los directores</translation>
        </message>
        <message>
            <source>Spread above the workshop's threshold: the room is divided</source>
            <translation>Dispersión por encima del umbral del taller: la sala está dividida</translation>
        </message>
        <message>
            <source>✓ above the cut line; tie: shares a rank with the last place above it</source>
            <translation>✓ por encima de la línea de corte; empate: comparte posición con el último lugar por encima de ella</translation>
        </message>
        <message>
            <source>Tier by score: tier 1 at or above the first threshold, tier 2 at or above the second, tier 3 the rest</source>
            <translation>Nivel según la puntuación: nivel 1 desde el primer umbral, nivel 2 desde el segundo, nivel 3 el resto</translation>
        </message>
        <message>
            <source>Mean of {criterion} scores</source>
            <translation>Media de las puntuaciones de {criterion}</translation>
        </message>
        <message>
            <source>The directors' scores are spread widely: discuss before deciding</source>
            <translation>Las puntuaciones de los directores están muy dispersas: conviene discutir antes de decidir</translation>
        </message>
        <message>
            <source>Shares a rank with the last place above the cut line: settle the tie</source>
            <translation>Comparte posición con el último lugar por encima de la línea de corte: resuelva el empate</translation>
        </message>
        <message>
            <source>Above the cut line</source>
            <translation>Por encima de la línea de corte</translation>
        </message>
    </context>
    <context>
        <name>RemoveNoteCommand</name>
        <message>
            <source>Remove a note from {card}</source>
            <translation>Quitar una nota de {card}</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Backups are taken when the store opens, after each round is closed or revealed, before an import or a removal, and every 15 minutes while you work. Restoring over this store first sets the current one aside, and Edit ▸ Undo brings it back.</source>
            <translation>Se hacen copias de seguridad al abrir el archivo de datos, después de cerrar o revelar cada ronda, antes de una importación o una eliminación, y cada 15 minutos mientras usted trabaja. Restaurar sobre este archivo de datos primero aparta el actual, y Editar ▸ Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, las más recientes primero</translation>
        </message>
        <message>
            <source>This store has no backups yet: the first is taken when a round closes, or 15 minutes into the work.</source>
            <translation>Este archivo de datos aún no tiene copias de seguridad: la primera se hace al cerrar una ronda o a los 15 minutos de trabajo.</translation>
        </message>
        <message>
            <source>Restore over this store</source>
            <translation>Restaurar sobre este archivo de datos</translation>
        </message>
        <message>
            <source>Open as a new store…</source>
            <translation>Abrir como un archivo de datos nuevo…</translation>
        </message>
        <message>
            <source>no workshop</source>
            <translation>ningún taller</translation>
        </message>
        <message>
            <source>cannot be used: {problem}</source>
            <translation>no se puede usar: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPanel</name>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Results appear when a round is revealed</source>
            <translation>Los resultados aparecen cuando se revela una ronda</translation>
        </message>
        <message>
            <source>No results</source>
            <translation>Sin resultados</translation>
        </message>
        <message>
            <source>Revealed round</source>
            <translation>Ronda revelada</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Ronda</translation>
        </message>
        <message>
            <source>C&amp;ompare rounds…</source>
            <translation>C&amp;omparar rondas…</translation>
        </message>
        <message>
            <source>Compare rounds</source>
            <translation>Comparar rondas</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>Exportar &amp;CSV…</translation>
        </message>
        <message>
            <source>Export results as CSV</source>
            <translation>Exportar los resultados como CSV</translation>
        </message>
        <message>
            <source>Export &amp;XLSX…</source>
            <translation>Exportar &amp;XLSX…</translation>
        </message>
        <message>
            <source>Export results as an Excel workbook</source>
            <translation>Exportar los resultados como un libro de Excel</translation>
        </message>
        <message>
            <source>Sort the ranking by</source>
            <translation>Ordenar la clasificación por</translation>
        </message>
        <message>
            <source>&amp;Sort by</source>
            <translation>Ordenar &amp;por</translation>
        </message>
        <message>
            <source>Top &amp;N</source>
            <translation>Primeras &amp;N</translation>
        </message>
        <message>
            <source>Cut line: top N overall</source>
            <translation>Línea de corte: las N primeras en general</translation>
        </message>
        <message>
            <source>How many proposals make the cut</source>
            <translation>Cuántas propuestas pasan la línea de corte</translation>
        </message>
        <message>
            <source>By category &amp;quotas</source>
            <translation>Por c&amp;upos de categoría</translation>
        </message>
        <message>
            <source>Cut line: top proposals per category quota</source>
            <translation>Línea de corte: las mejores propuestas según el cupo de cada categoría</translation>
        </message>
        <message>
            <source>T&amp;iers:</source>
            <translation>Ni&amp;veles:</translation>
        </message>
        <message>
            <source>Show tiers by score threshold</source>
            <translation>Mostrar niveles según umbrales de puntuación</translation>
        </message>
        <message>
            <source>Tier 1 from score</source>
            <translation>Nivel 1 desde la puntuación</translation>
        </message>
        <message>
            <source>Tier 2 from score</source>
            <translation>Nivel 2 desde la puntuación</translation>
        </message>
        <message>
            <source>&amp;Apply to board…</source>
            <translation>&amp;Aplicar al tablero…</translation>
        </message>
        <message>
            <source>Apply the cut line to the board</source>
            <translation>Aplicar la línea de corte al tablero</translation>
        </message>
        <message>
            <source>Cut line:</source>
            <translation>Línea de corte:</translation>
        </message>
        <message>
            <source>Cut line summary</source>
            <translation>Resumen de la línea de corte</translation>
        </message>
        <message>
            <source>Ties at the cut line</source>
            <translation>Empates en la línea de corte</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <source>Most divided proposals</source>
            <translation>Propuestas con más división de opiniones</translation>
        </message>
        <message>
            <source>Most &amp;divided</source>
            <translation>Más &amp;divididas</translation>
        </message>
        <message>
            <source>Between rounds</source>
            <translation>Entre rondas</translation>
        </message>
        <message>
            <source>Results views</source>
            <translation>Vistas de los resultados</translation>
        </message>
        <message>
            <source>Ta&amp;ble</source>
            <translation>&amp;Tabla</translation>
        </message>
        <message>
            <source>Char&amp;ts</source>
            <translation>&amp;Gráficos</translation>
        </message>
        <message>
            <source>A&amp;greement</source>
            <translation>Consen&amp;so</translation>
        </message>
        <message>
            <source>What-if w&amp;eights</source>
            <translation>Pesos de simu&amp;lación</translation>
        </message>
        <message>
            <source>B&amp;udget</source>
            <translation>Pr&amp;esupuesto</translation>
        </message>
        <message>
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
        <message>
            <source>Choose a workshop to see its results</source>
            <translation>Elija un taller para ver sus resultados</translation>
        </message>
        <message>
            <source>By category &amp;quotas ({quotas})</source>
            <translation>Por c&amp;upos de categoría ({quotas})</translation>
        </message>
        <message>
            <source>How each proposal's rank and score moved between two revealed rounds, largest change first.</source>
            <translation>Cómo cambiaron la posición y la puntuación de cada propuesta entre dos rondas reveladas, primero los cambios más grandes.</translation>
        </message>
        <message>
            <source>A second revealed round lets you compare how ranks and scores moved.</source>
            <translation>Con una segunda ronda revelada podrá comparar cómo cambiaron las posiciones y las puntuaciones.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>{category} {chosen} of {quota}</source>
            <translation>{category}: {chosen} de {quota}</translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: %n proposal makes the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Ronda {round}: %n propuesta pasa la línea de corte según los cupos de categoría: {quotas}.</numerusform>
                <numerusform>Ronda {round}: %n propuestas pasan la línea de corte según los cupos de categoría: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: %n proposals make the cut by category quotas: {quotas}.</source>
            <translation>
                <numerusform>Ronda {round}: %n propuesta pasa la línea de corte según los cupos de categoría: {quotas}.</numerusform>
                <numerusform>Ronda {round}: %n propuestas pasan la línea de corte según los cupos de categoría: {quotas}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut (only {scored} are scored; the limit is {top}).</source>
            <translation>
                <numerusform>Ronda {round}: la primera de {scored} propuestas puntuadas pasa la línea de corte (solo hay {scored} puntuadas; el límite es {top}).</numerusform>
                <numerusform>Ronda {round}: las %n primeras de {scored} propuestas puntuadas pasan la línea de corte (solo hay {scored} puntuadas; el límite es {top}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Round {round}: the top %n of {scored} scored proposals make the cut.</source>
            <translation>
                <numerusform>Ronda {round}: la primera de {scored} propuestas puntuadas pasa la línea de corte.</numerusform>
                <numerusform>Ronda {round}: las %n primeras de {scored} propuestas puntuadas pasan la línea de corte.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line: settle the tie before the roadmap is final.</source>
            <translation>
                <numerusform>%n propuesta empata en la línea de corte: resuelva el empate antes de cerrar la hoja de ruta.</numerusform>
                <numerusform>%n propuestas empatan en la línea de corte: resuelva el empate antes de cerrar la hoja de ruta.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tied: {titles}</source>
            <translation>Empatadas: {titles}</translation>
        </message>
        <message>
            <source>No proposal is above the cut line.</source>
            <translation>Ninguna propuesta está por encima de la línea de corte.</translation>
        </message>
        <message>
            <source>This workshop has no Roadmap lane to apply the cut line to.</source>
            <translation>Este taller no tiene una columna de hoja de ruta a la que aplicar la línea de corte.</translation>
        </message>
        <message>
            <source>Move the proposal above the cut line into the {lane} lane?</source>
            <translation>¿Desea mover la propuesta que está por encima de la línea de corte a la columna {lane}?</translation>
        </message>
        <message numerus="yes">
            <source>Move the %n proposals above the cut line into the {lane} lane, in rank order? {moving} of them are in other lanes now.</source>
            <translation>
                <numerusform>¿Desea mover la propuesta que está por encima de la línea de corte a la columna {lane}? {moving} de ellas está ahora en otra columna.</numerusform>
                <numerusform>¿Desea mover las %n propuestas que están por encima de la línea de corte a la columna {lane}, en orden de posición? {moving} de ellas están ahora en otras columnas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals tie at the cut line; those below it stay where they are.</source>
            <translation>
                <numerusform>%n propuesta empata en la línea de corte; las que quedan por debajo se quedan donde están.</numerusform>
                <numerusform>%n propuestas empatan en la línea de corte; las que quedan por debajo se quedan donde están.</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply the cut line</source>
            <translation>Aplicar la línea de corte</translation>
        </message>
        <message>
            <source>The proposals the directors disagree on most. Spread is the standard deviation of their scores; above {threshold} a proposal is marked “discuss”. Activate one to find it in the table.</source>
            <translation>Las propuestas en las que los directores están más en desacuerdo. La dispersión es la desviación estándar de sus puntuaciones; por encima de {threshold} una propuesta se marca “a debatir”. Active una para encontrarla en la tabla.</translation>
        </message>
        <message>
            <source>The proposals the directors disagree on most. Spread is the standard deviation of their scores. Activate one to find it in the table.</source>
            <translation>Las propuestas en las que los directores están más en desacuerdo. La dispersión es la desviación estándar de sus puntuaciones. Active una para encontrarla en la tabla.</translation>
        </message>
        <message>
            <source>No proposal has two or more scores yet.</source>
            <translation>Ninguna propuesta tiene todavía dos o más puntuaciones.</translation>
        </message>
        <message>
            <source>Compare needs two revealed rounds.</source>
            <translation>Para comparar se necesitan dos rondas reveladas.</translation>
        </message>
        <message>
            <source>{workshop}-round-{number}-results</source>
            <extracomment>A file name: keep it lower case, with dashes and no spaces.</extracomment>
            <translation>{workshop}-ronda-{number}-resultados</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export results as Excel</source>
            <translation>Exportar los resultados a Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Cannot export the results</source>
            <translation>No se pueden exportar los resultados</translation>
        </message>
        <message>
            <source>Saved round {number}'s results to {path}.</source>
            <translation>Se guardaron los resultados de la ronda {number} en {path}.</translation>
        </message>
    </context>
    <context>
        <name>RoundBar</name>
        <message>
            <source>Round</source>
            <translation>Ronda</translation>
        </message>
        <message>
            <source>Round status</source>
            <translation>Estado de la ronda</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>&amp;Open round…</source>
            <translation>&amp;Abrir ronda…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Reabrir</translation>
        </message>
        <message>
            <source>Re&amp;veal…</source>
            <translation>Re&amp;velar…</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>&amp;Temporizador…</translation>
        </message>
        <message>
            <source>Show the results to everyone (cannot be undone)</source>
            <translation>Mostrar los resultados a todos (no se puede deshacer)</translation>
        </message>
        <message>
            <source>Close the round before revealing it</source>
            <translation>Cierre la ronda antes de revelarla</translation>
        </message>
        <message>
            <source>No workshop</source>
            <translation>Ningún taller</translation>
        </message>
        <message>
            <source>No round yet · open one to start scoring</source>
            <translation>Todavía no hay rondas · abra una para empezar a puntuar</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message numerus="yes">
            <source>dots (%n each)</source>
            <translation>
                <numerusform>puntos (%n cada uno)</numerusform>
                <numerusform>puntos (%n cada uno)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposal(s)</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left: {time}</source>
            <translation>Tiempo restante: {time}</translation>
        </message>
        <message>
            <source>Round {number} is still open; close it first.</source>
            <translation>La ronda {number} sigue abierta; ciérrela primero.</translation>
        </message>
        <message>
            <source>No round opened: {problem}</source>
            <translation>No se abrió ninguna ronda: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is open.</source>
            <translation>La ronda {number} está abierta.</translation>
        </message>
        <message>
            <source>Could not count the missing entries: {problem}. Close anyway?</source>
            <translation>No se pudieron contar las respuestas que faltan: {problem}. ¿Cerrar de todos modos?</translation>
        </message>
        <message>
            <source>Close round {number}?</source>
            <translation>¿Cerrar la ronda {number}?</translation>
        </message>
        <message>
            <source>Close round {number}</source>
            <translation>Cerrar la ronda {number}</translation>
        </message>
        <message>
            <source>Could not close round {number}: {problem}</source>
            <translation>No se pudo cerrar la ronda {number}: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is closed.</source>
            <translation>La ronda {number} está cerrada.</translation>
        </message>
        <message>
            <source>Reopen round {number}</source>
            <translation>Reabrir la ronda {number}</translation>
        </message>
        <message>
            <source>Could not reopen round {number}: {problem}</source>
            <translation>No se pudo reabrir la ronda {number}: {problem}</translation>
        </message>
        <message>
            <source>Reveal round {number}?</source>
            <translation>¿Revelar la ronda {number}?</translation>
        </message>
        <message>
            <source>Everyone will see the results of round {number}. A reveal cannot be undone: its entries can no longer change.</source>
            <translation>Todos verán los resultados de la ronda {number}. Revelar no se puede deshacer: sus respuestas ya no podrán cambiar.</translation>
        </message>
        <message>
            <source>Not revealed: {problem}</source>
            <translation>No se reveló: {problem}</translation>
        </message>
        <message>
            <source>Round {number} is revealed.</source>
            <translation>La ronda {number} está revelada.</translation>
        </message>
        <message>
            <source>Timer for round {number}</source>
            <translation>Temporizador de la ronda {number}</translation>
        </message>
        <message>
            <source>Minutes from now (0: no timer):</source>
            <translation>Minutos a partir de ahora (0: sin temporizador):</translation>
        </message>
        <message>
            <source>Timer not set: {problem}</source>
            <translation>No se fijó el temporizador: {problem}</translation>
        </message>
        <message>
            <source>Set the timer of round {number}</source>
            <translation>Fijar el temporizador de la ronda {number}</translation>
        </message>
        <message>
            <source>Stop the timer of round {number}</source>
            <translation>Detener el temporizador de la ronda {number}</translation>
        </message>
        <message numerus="yes">
            <source>Round {number} ends in %n minute(s).</source>
            <translation>
                <numerusform>La ronda {number} termina en %n minuto.</numerusform>
                <numerusform>La ronda {number} termina en %n minutos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Timer removed.</source>
            <translation>Se quitó el temporizador.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioCommand</name>
        <message>
            <source>Save scenario {name}</source>
            <translation>Guardar el escenario {name}</translation>
        </message>
        <message>
            <source>Rename scenario {old} to {new}</source>
            <translation>Cambiar el nombre del escenario {old} a {new}</translation>
        </message>
        <message>
            <source>Delete scenario {name}</source>
            <translation>Eliminar el escenario {name}</translation>
        </message>
        <message>
            <source>Use {name} in the packet</source>
            <translation>Usar {name} en el paquete</translation>
        </message>
        <message>
            <source>Compare {name} in the packet</source>
            <translation>Comparar {name} en el paquete</translation>
        </message>
        <message>
            <source>Leave {name} out of the packet</source>
            <translation>Dejar {name} fuera del paquete</translation>
        </message>
        <message>
            <source>The scenario was not saved: {problem}</source>
            <translation>No se guardó el escenario: {problem}</translation>
        </message>
        <message>
            <source>The scenario was not renamed: {problem}</source>
            <translation>No se cambió el nombre del escenario: {problem}</translation>
        </message>
        <message>
            <source>The scenario was not deleted: {problem}</source>
            <translation>No se eliminó el escenario: {problem}</translation>
        </message>
        <message>
            <source>The packet was not changed: {problem}</source>
            <translation>No se cambió el paquete: {problem}</translation>
        </message>
    </context>
    <context>
        <name>ScenariosView</name>
        <message>
            <source>Scenarios</source>
            <translation>Escenarios</translation>
        </message>
        <message>
            <source>Save what the Results tab shows (the what-if weights, the cut line or the budget) as a named scenario, and compare two side by side. A scenario changes nothing on the board.</source>
            <translation>Guarde lo que muestra la pestaña Resultados (los pesos de simulación, la línea de corte o el presupuesto) como un escenario con nombre y compare dos lado a lado. Un escenario no cambia nada en el tablero.</translation>
        </message>
        <message>
            <source>Saved scenarios</source>
            <translation>Escenarios guardados</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Escenario</translation>
        </message>
        <message>
            <source>Cut rule</source>
            <translation>Regla de corte</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Pesos</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <source>Cut rule of a scenario saved now</source>
            <translation>Regla de corte del escenario que se guarde ahora</translation>
        </message>
        <message>
            <source>The cut line as drawn</source>
            <translation>La línea de corte tal como está</translation>
        </message>
        <message>
            <source>The best roadmap under the budget</source>
            <translation>La mejor hoja de ruta con el presupuesto</translation>
        </message>
        <message>
            <source>Save &amp;with</source>
            <translation>Guar&amp;dar con</translation>
        </message>
        <message>
            <source>Sa&amp;ve current as…</source>
            <translation>Guardar lo actual co&amp;mo…</translation>
        </message>
        <message>
            <source>Save the current settings as a scenario</source>
            <translation>Guardar la configuración actual como escenario</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Cam&amp;biar nombre…</translation>
        </message>
        <message>
            <source>Rename the scenario</source>
            <translation>Cambiar el nombre del escenario</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Elim&amp;inar</translation>
        </message>
        <message>
            <source>Delete the scenario</source>
            <translation>Eliminar el escenario</translation>
        </message>
        <message>
            <source>Use in the pac&amp;ket</source>
            <translation>Usar en el pa&amp;quete</translation>
        </message>
        <message>
            <source>The packet prints this scenario after the roadmap (one scenario at most)</source>
            <translation>El paquete imprime este escenario después de la hoja de ruta (un escenario como máximo)</translation>
        </message>
        <message>
            <source>Com&amp;pare in the packet</source>
            <translation>C&amp;omparar en el paquete</translation>
        </message>
        <message>
            <source>The packet's appendix compares this scenario with the one it uses</source>
            <translation>El anexo del paquete compara este escenario con el que usa</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Lado a lado</translation>
        </message>
        <message>
            <source>First scenario to compare</source>
            <translation>Primer escenario que se compara</translation>
        </message>
        <message>
            <source>Second scenario to compare</source>
            <translation>Segundo escenario que se compara</translation>
        </message>
        <message>
            <source>A</source>
            <translation>A</translation>
        </message>
        <message>
            <source>B</source>
            <translation>B</translation>
        </message>
        <message>
            <source>Scenarios compared</source>
            <translation>Escenarios comparados</translation>
        </message>
        <message>
            <source>Category quotas</source>
            <translation>Cupos por categoría</translation>
        </message>
        <message>
            <source>Budget (the workshop's)</source>
            <translation>Presupuesto (el del taller)</translation>
        </message>
        <message>
            <source>Budget {amount}</source>
            <translation>Presupuesto {amount}</translation>
        </message>
        <message>
            <source>Top N (the Roadmap lane's)</source>
            <translation>N primeros (los de la columna Hoja de ruta)</translation>
        </message>
        <message>
            <source>Top {n}</source>
            <translation>{n} primeros</translation>
        </message>
        <message>
            <source>The workshop's own</source>
            <translation>Los del taller</translation>
        </message>
        <message>
            <source>funding marks: {n}</source>
            <translation>marcas de financiación: {n}</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Usado</translation>
        </message>
        <message>
            <source>Compared</source>
            <translation>Comparado</translation>
        </message>
        <message>
            <source>Scenario {n}</source>
            <translation>Escenario {n}</translation>
        </message>
        <message>
            <source>Save scenario</source>
            <translation>Guardar escenario</translation>
        </message>
        <message>
            <source>Name of the scenario:</source>
            <translation>Nombre del escenario:</translation>
        </message>
        <message>
            <source>Rename scenario</source>
            <translation>Cambiar el nombre del escenario</translation>
        </message>
        <message>
            <source>New name of the scenario:</source>
            <translation>Nuevo nombre del escenario:</translation>
        </message>
        <message>
            <source>Deleted the scenario “{name}”; Edit ▸ Undo brings it back.</source>
            <translation>Se eliminó el escenario «{name}»; Editar ▸ Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>Current settings</source>
            <translation>Configuración actual</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Scenarios are compared on a revealed round.</source>
            <translation>Los escenarios se comparan sobre una ronda revelada.</translation>
        </message>
        <message>
            <source>Both select the same proposals.</source>
            <translation>Ambos seleccionan las mismas propuestas.</translation>
        </message>
        <message>
            <source>In bold: the proposals only one of the two selects ({a} only in A, {b} only in B).</source>
            <translation>En negrita: las propuestas que solo uno de los dos selecciona ({a} solo en A, {b} solo en B).</translation>
        </message>
        <message>
            <source>{side} — {name}: {proposals}, cost {cost} ({missing} without a cost), total score {score}</source>
            <translation>{side} — {name}: {proposals}, costo {cost} ({missing} sin costo), puntuación total {score}</translation>
        </message>
        <message>
            <source>{side} — {name}: {proposals}, cost {cost}, total score {score}</source>
            <translation>{side} — {name}: {proposals}, costo {cost}, puntuación total {score}</translation>
        </message>
    </context>
    <context>
        <name>ScoreGridModel</name>
        <message>
            <source>missing</source>
            <comment>a cell</comment>
            <translation>falta</translation>
        </message>
        <message>
            <source>hidden</source>
            <comment>a cell</comment>
            <translation>oculto</translation>
        </message>
        <message>
            <source>no dots</source>
            <comment>a cell</comment>
            <translation>sin puntos</translation>
        </message>
        <message>
            <source>{cell} missing</source>
            <translation>{cell} falta</translation>
        </message>
        <message>
            <source>{cell} entered</source>
            <translation>{cell} ingresado</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n punto</numerusform>
                <numerusform>%n puntos</numerusform>
            </translation>
        </message>
        <message>
            <source>entered</source>
            <comment>a cell</comment>
            <translation>ingresado</translation>
        </message>
        <message>
            <source>{name}, {low} to {high}</source>
            <extracomment>A column's header as a screen reader says it: "Important, 1 to 5".</extracomment>
            <translation>{name}, de {low} a {high}</translation>
        </message>
    </context>
    <context>
        <name>ScoreGridView</name>
        <message>
            <source>Score entry grid</source>
            <translation>Cuadrícula de puntuaciones</translation>
        </message>
        <message numerus="yes">
            <source>Not recorded: each director has %n dot(s); {typed} is not 0–{high}.</source>
            <translation>
                <numerusform>No se registró: cada director tiene %n punto; {typed} no está entre 0 y {high}.</numerusform>
                <numerusform>No se registró: cada director tiene %n puntos; {typed} no está entre 0 y {high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not recorded: {criterion} is scored {low}–{high}; {typed} is outside.</source>
            <translation>No se registró: {criterion} se puntúa de {low} a {high}; {typed} queda fuera.</translation>
        </message>
    </context>
    <context>
        <name>ScoringPanel</name>
        <message>
            <source>Scoring</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Enter the scores of</source>
            <translation>Ingresar las puntuaciones de</translation>
        </message>
        <message>
            <source>One proposal</source>
            <translation>Una propuesta</translation>
        </message>
        <message>
            <source>One participant</source>
            <translation>Un participante</translation>
        </message>
        <message>
            <source>&amp;Enter:</source>
            <translation>&amp;Ingresar:</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>&amp;Proposal:</source>
            <translation>&amp;Propuesta:</translation>
        </message>
        <message>
            <source>&amp;Import paper ballots…</source>
            <translation>Importar &amp;boletas en papel…</translation>
        </message>
        <message>
            <source>Import paper ballots</source>
            <translation>Importar boletas en papel</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Last message</source>
            <translation>Último mensaje</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <source>Previous ({keys})</source>
            <translation>Anterior ({keys})</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <source>Next ({keys})</source>
            <translation>Siguiente ({keys})</translation>
        </message>
        <message>
            <source>A dot-voting round is entered one participant at a time</source>
            <translation>Una ronda de votación por puntos se ingresa un participante a la vez</translation>
        </message>
        <message>
            <source>Type one proposal's scores by participant, or one participant's by proposal</source>
            <translation>Escriba las puntuaciones de una propuesta por participante, o las de un participante por propuesta</translation>
        </message>
        <message>
            <source>Scores from a CSV of participant, proposal, criterion, score, into the open round</source>
            <translation>Puntuaciones de un CSV con participante, propuesta, criterio y puntuación, a la ronda abierta</translation>
        </message>
        <message>
            <source>&amp;Participant:</source>
            <translation>&amp;Participante:</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <source>{name} (facilitator)</source>
            <translation>{name} (facilitador)</translation>
        </message>
        <message>
            <source>{name} (facilitator, not counted)</source>
            <translation>{name} (facilitador, no se cuenta)</translation>
        </message>
        <message>
            <source>Dots</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Dots on each proposal (0–{top})</source>
            <translation>Puntos en cada propuesta (0–{top})</translation>
        </message>
        <message>
            <source>Open a round to start scoring.</source>
            <translation>Abra una ronda para empezar a puntuar.</translation>
        </message>
        <message>
            <source>Round {number} is revealed; its entries can no longer change.</source>
            <translation>La ronda {number} está revelada; sus respuestas ya no pueden cambiar.</translation>
        </message>
        <message>
            <source>Round {number} is closed; reopen it to change its entries.</source>
            <translation>La ronda {number} está cerrada; reábrala para cambiar sus respuestas.</translation>
        </message>
        <message>
            <source>Nothing to enter in this round.</source>
            <translation>No hay nada que ingresar en esta ronda.</translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n dot(s) left of {total}</source>
            <translation>
                <numerusform>{name}: queda %n punto de {total}</numerusform>
                <numerusform>{name}: quedan %n puntos de {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n entry(ies) in</source>
            <translation>
                <numerusform>La respuesta está ingresada</numerusform>
                <numerusform>Las %n respuestas están ingresadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{missing} of %n entry(ies) missing</source>
            <translation>
                <numerusform>Falta {missing} de %n respuesta</numerusform>
                <numerusform>Faltan {missing} de %n respuestas</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read the entries: {problem}</source>
            <translation>No se pudieron leer las respuestas: {problem}</translation>
        </message>
        <message>
            <source>Not recorded: {problem}</source>
            <translation>No se registró: {problem}</translation>
        </message>
        <message>
            <source>Score {criterion} for {person} on “{title}”</source>
            <translation>Puntuar {criterion} de {person} en «{title}»</translation>
        </message>
        <message>
            <source>Dots from {person} on “{title}”</source>
            <translation>Puntos de {person} en «{title}»</translation>
        </message>
        <message>
            <source>Nothing to clear there.</source>
            <translation>No hay nada que borrar ahí.</translation>
        </message>
        <message>
            <source>Not cleared: {problem}</source>
            <translation>No se borró: {problem}</translation>
        </message>
        <message>
            <source>Clear {criterion} for {person} on “{title}”</source>
            <translation>Borrar {criterion} de {person} en «{title}»</translation>
        </message>
        <message>
            <source>Scores (*.csv *.tsv *.txt)</source>
            <translation>Puntuaciones (*.csv *.tsv *.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Choose a workshop first.</source>
            <translation>Elija primero un taller.</translation>
        </message>
        <message>
            <source>Cannot import ballots</source>
            <translation>No se pueden importar las boletas</translation>
        </message>
        <message>
            <source>Paper ballots go into an open scoring round; open one first.</source>
            <translation>Las boletas en papel van a una ronda de puntuación abierta; abra una primero.</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>{file}: “{title}” is not in round {number}</source>
            <translation>{file}: «{title}» no está en la ronda {number}</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new, {changed} changed); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Se importó %n puntuación de {file} a la ronda {number} (nuevas: {new}, cambiadas: {changed}); Deshacer revierte todo el archivo.</numerusform>
                <numerusform>Se importaron %n puntuaciones de {file} a la ronda {number} (nuevas: {new}, cambiadas: {changed}); Deshacer revierte todo el archivo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %n score(s) from {file} into round {number} ({new} new); Undo takes the whole file back.</source>
            <translation>
                <numerusform>Se importó %n puntuación de {file} a la ronda {number} (nuevas: {new}); Deshacer revierte todo el archivo.</numerusform>
                <numerusform>Se importaron %n puntuaciones de {file} a la ronda {number} (nuevas: {new}); Deshacer revierte todo el archivo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ServiceCommand</name>
        <message>
            <source>Could not undo “{step}”: {problem}</source>
            <translation>No se pudo deshacer “{step}”: {problem}</translation>
        </message>
        <message>
            <source>Could not redo “{step}”: {problem}</source>
            <translation>No se pudo rehacer “{step}”: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettleTieDialog</name>
        <message>
            <source>Settle the tie</source>
            <translation>Resolver el empate</translation>
        </message>
        <message>
            <source>Put the tied proposals in the order the cabinet agreed, first at the top, and write why. The packet prints the order and the reason.</source>
            <translation>Ordene las propuestas empatadas como acordó el gabinete, la primera arriba, y escriba por qué. El paquete imprime el orden y el motivo.</translation>
        </message>
        <message>
            <source>Order of the tied proposals</source>
            <translation>Orden de las propuestas empatadas</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Reason for this order</source>
            <translation>Motivo de este orden</translation>
        </message>
        <message>
            <source>e.g. Ready to start this year; the other waits on a grant.</source>
            <translation>p. ej., Lista para empezar este año; la otra espera una subvención.</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <source>Settle</source>
            <translation>Resolver</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Search commands and keys</source>
            <translation>Buscar comandos y teclas</translation>
        </message>
        <message>
            <source>Search keyboard shortcuts</source>
            <translation>Buscar atajos de teclado</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menú</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Comando</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source> or </source>
            <translation> o </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n shortcut</source>
            <translation>
                <numerusform>{shown} de %n atajo</numerusform>
                <numerusform>{shown} de %n atajos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n shortcuts</source>
            <translation>
                <numerusform>{shown} de %n atajo</numerusform>
                <numerusform>{shown} de %n atajos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcut</source>
            <translation>
                <numerusform>%n atajo</numerusform>
                <numerusform>%n atajos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shortcuts</source>
            <translation>
                <numerusform>%n atajo</numerusform>
                <numerusform>%n atajos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpecTable</name>
        <message>
            <source>Arrow keys move between cells; type or press F2 to edit. Enter on a colour opens the colour chooser.</source>
            <translation>Las flechas mueven entre celdas; escriba o pulse F2 para editar. Intro sobre un color abre el selector de colores.</translation>
        </message>
        <message>
            <source>Arrow keys move between cells; type or press F2 to edit.</source>
            <translation>Las flechas mueven entre celdas; escriba o pulse F2 para editar.</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>S&amp;ubir</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Bajar</translation>
        </message>
        <message>
            <source>Press Enter, double-click or use “Colour…” to choose.</source>
            <translation>Pulse Intro, haga doble clic o use “Color…” para elegir.</translation>
        </message>
        <message>
            <source>{column} of {row}</source>
            <extracomment>The accessible name of a cell's editor: "Quota of Pilot", "Name of domain 2".</extracomment>
            <translation>{column} de {row}</translation>
        </message>
        <message>
            <source>Colour of {name}</source>
            <translation>Color de {name}</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>Run a cabinet's priority-setting workshop on this laptop, offline. Start with the demo to look around, or set up your own workshop.</source>
            <translation>Realice el taller de priorización de un gabinete en esta computadora portátil, sin conexión. Empiece con la demostración para explorar, o prepare su propio taller.</translation>
        </message>
        <message>
            <source>Open the &amp;demo workshop</source>
            <translation>Abrir el taller de &amp;demostración</translation>
        </message>
        <message>
            <source>The San José cabinet's 36 proposals, scored</source>
            <translation>Las 36 propuestas del gabinete de San José, ya puntuadas</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>Name it, choose the criteria, add the directors</source>
            <translation>Póngale nombre, elija los criterios, agregue a los directores</translation>
        </message>
        <message>
            <source>&amp;Open a store…</source>
            <translation>&amp;Abrir un archivo de datos…</translation>
        </message>
        <message>
            <source>A workshops file from another laptop or a backup</source>
            <translation>Un archivo de talleres de otra computadora o una copia de seguridad</translation>
        </message>
        <message>
            <source>Open a store</source>
            <translation>Abrir un archivo de datos</translation>
        </message>
    </context>
    <context>
        <name>StoreActions</name>
        <message>
            <source>&amp;Save workshop as…</source>
            <translation>&amp;Guardar taller como…</translation>
        </message>
        <message>
            <source>Import &amp;workshop from file…</source>
            <translation>Importar &amp;taller desde un archivo…</translation>
        </message>
        <message>
            <source>Restore from &amp;backup…</source>
            <translation>Restaurar desde una &amp;copia de seguridad…</translation>
        </message>
        <message>
            <source>Choose a workshop to save first.</source>
            <translation>Primero elija el taller que desea guardar.</translation>
        </message>
        <message>
            <source>Save workshop as</source>
            <translation>Guardar taller como</translation>
        </message>
        <message>
            <source>Cannot save the workshop</source>
            <translation>No se puede guardar el taller</translation>
        </message>
        <message>
            <source>Saved “{name}” to {file}: {proposals}, {rounds}.</source>
            <translation>Se guardó “{name}” en {file}: {proposals}, {rounds}.</translation>
        </message>
        <message>
            <source>Import workshop from file</source>
            <translation>Importar taller desde un archivo</translation>
        </message>
        <message>
            <source>Imported “{original}” as “{name}” (a workshop named “{original}” is here already) from {file}: {proposals}, {rounds}.</source>
            <translation>Se importó “{original}” como “{name}” (ya existe un taller llamado “{original}”) desde {file}: {proposals}, {rounds}.</translation>
        </message>
        <message>
            <source>Imported “{original}” from {file}: {proposals}, {rounds}.</source>
            <translation>Se importó “{original}” desde {file}: {proposals}, {rounds}.</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. The store as it was is kept in {file}. Edit ▸ Undo brings it back.</source>
            <translation>Se restauró la copia de seguridad del {when}. El archivo de datos tal como estaba se guarda en {file}. Editar ▸ Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. Edit ▸ Undo brings it back.</source>
            <translation>Se restauró la copia de seguridad del {when}. Editar ▸ Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>Cannot restore the backup</source>
            <translation>No se puede restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>Open the backup as a new store</source>
            <translation>Abrir la copia de seguridad como un nuevo archivo de datos</translation>
        </message>
        <message>
            <source>Roadmap Desktop stores (*.sqlite)</source>
            <translation>Archivos de datos de Roadmap Desktop (*.sqlite)</translation>
        </message>
    </context>
    <context>
        <name>StoreBanner</name>
        <message>
            <source>About this store</source>
            <translation>Acerca de este archivo de datos</translation>
        </message>
        <message>
            <source>This store is open read-only (its file or folder cannot be written). You can look, present and export; changes cannot be saved. To work on it, use File ▸ Save workshop as… or copy the file to a folder you can write to.</source>
            <translation>Este archivo de datos está abierto en modo de solo lectura (no se puede escribir en su archivo o carpeta). Puede consultarlo, presentarlo y exportarlo, pero no se pueden guardar cambios. Para trabajar en él, use Archivo ▸ Guardar taller como… o copie el archivo a una carpeta donde pueda escribir.</translation>
        </message>
        <message>
            <source>This store is open read-only (by its URL). You can look, present and export; changes cannot be saved. To work on it, use File ▸ Save workshop as… or copy the file to a folder you can write to.</source>
            <translation>Este archivo de datos está abierto en modo de solo lectura (por su URL). Puede consultarlo, presentarlo y exportarlo, pero no se pueden guardar cambios. Para trabajar en él, use Archivo ▸ Guardar taller como… o copie el archivo a una carpeta donde pueda escribir.</translation>
        </message>
        <message>
            <source>This store is also open in another Roadmap Desktop window (process {pid} on {host}). Both can work on it: a change made in either shows in the other within a second.</source>
            <translation>Este archivo de datos también está abierto en otra ventana de Roadmap Desktop (proceso {pid} en {host}). Ambas pueden trabajar en él: un cambio hecho en una aparece en la otra en menos de un segundo.</translation>
        </message>
        <message>
            <source>This store is also open in another Roadmap Desktop window (process {pid}). Both can work on it: a change made in either shows in the other within a second.</source>
            <translation>Este archivo de datos también está abierto en otra ventana de Roadmap Desktop (proceso {pid}). Ambas pueden trabajar en él: un cambio hecho en una aparece en la otra en menos de un segundo.</translation>
        </message>
    </context>
    <context>
        <name>TieBar</name>
        <message>
            <source>Settle the tie…</source>
            <translation>Resolver el empate…</translation>
        </message>
        <message>
            <source>Runoff round…</source>
            <translation>Ronda de desempate…</translation>
        </message>
        <message>
            <source>Open a round on just the tied proposals</source>
            <translation>Abrir una ronda solo con las propuestas empatadas</translation>
        </message>
        <message>
            <source>Settle by round {number}</source>
            <translation>Resolver según la ronda {number}</translation>
        </message>
        <message>
            <source>Runoff round</source>
            <translation>Ronda de desempate</translation>
        </message>
        <message>
            <source>Open a new round on just the tied proposals ({titles})? Its result can then settle their order.</source>
            <translation>¿Abrir una ronda nueva solo con las propuestas empatadas ({titles})? Luego su resultado podrá fijar el orden entre ellas.</translation>
        </message>
        <message>
            <source>Runoff round on these…</source>
            <translation>Nueva ronda con estas…</translation>
        </message>
        <message>
            <source>Open a round on just the proposals listed above</source>
            <translation>Abrir una ronda solo con las propuestas de la lista</translation>
        </message>
        <message>
            <source>Open a new round on just the most divided proposals, after the discussion ({count})?</source>
            <translation>¿Abrir una nueva ronda solo con las propuestas más divididas, tras la discusión ({count})?</translation>
        </message>
    </context>
    <context>
        <name>UnlinkCommand</name>
        <message>
            <source>Remove the dependency between {card} and {other}</source>
            <translation>Quitar la dependencia entre {card} y {other}</translation>
        </message>
    </context>
    <context>
        <name>VoteCount</name>
        <message numerus="yes">
            <source>%n vote</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n votes</source>
            <translation>
                <numerusform>%n voto</numerusform>
                <numerusform>%n votos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WhatIfModel</name>
        <message>
            <source>{criterion} {old} → {new} ({change})</source>
            <translation>{criterion} {old} → {new} ({change})</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Posición</translation>
        </message>
        <message>
            <source>Moved</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntuación</translation>
        </message>
        <message>
            <source>Cut line</source>
            <translation>Línea de corte</translation>
        </message>
        <message>
            <source>Keeps its side</source>
            <translation>Mantiene su lado</translation>
        </message>
        <message>
            <source>Nearest crossing</source>
            <translation>Cruce más cercano</translation>
        </message>
        <message>
            <source>The share of weight combinations within ±50% of these weights under which the proposal stays on the same side of the cut line</source>
            <translation>La proporción de combinaciones de pesos dentro de ±50% de estos pesos con las que la propuesta se queda del mismo lado de la línea de corte</translation>
        </message>
        <message>
            <source>The smallest change of one weight that moves it across the line</source>
            <translation>El menor cambio de un solo peso que la hace cruzar la línea</translation>
        </message>
        <message>
            <source>Places moved from the ranking under the workshop's own weights</source>
            <translation>Puestos ganados o perdidos respecto a la clasificación con los pesos propios del taller</translation>
        </message>
        <message>
            <source>✓ enters</source>
            <translation>✓ entra</translation>
        </message>
        <message>
            <source>leaves</source>
            <translation>sale</translation>
        </message>
    </context>
    <context>
        <name>WhatIfView</name>
        <message>
            <source>What if</source>
            <translation>Simulación</translation>
        </message>
        <message>
            <source>Move a criterion's weight to see how the ranking and the cut line would change. Nothing is saved until you adopt the weights.</source>
            <translation>Mueva el peso de un criterio para ver cómo cambiarían la clasificación y la línea de corte. No se guarda nada hasta que adopte los pesos.</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Restablecer</translation>
        </message>
        <message>
            <source>Reset the weights to the workshop's own</source>
            <translation>Restablecer los pesos propios del taller</translation>
        </message>
        <message>
            <source>Ado&amp;pt these weights</source>
            <translation>A&amp;doptar estos pesos</translation>
        </message>
        <message>
            <source>Adopt these weights for the workshop</source>
            <translation>Adoptar estos pesos para el taller</translation>
        </message>
        <message>
            <source>Who crosses the cut line</source>
            <translation>Qué propuestas cruzan la línea de corte</translation>
        </message>
        <message>
            <source>“Keeps its side” is the share of 729 weight combinations within ±50% of these weights under which the proposal stays on the same side of the cut line.</source>
            <translation>“Mantiene su lado” es la proporción de las 729 combinaciones de pesos dentro de ±50% de estos pesos con las que la propuesta se queda del mismo lado de la línea de corte.</translation>
        </message>
        <message>
            <source>What-if ranking</source>
            <translation>Clasificación simulada</translation>
        </message>
        <message>
            <source>Weight of {criterion}</source>
            <translation>Peso de {criterion}</translation>
        </message>
        <message>
            <source>What-if weights need a round scored on the criteria.</source>
            <translation>Los pesos de simulación necesitan una ronda puntuada según los criterios.</translation>
        </message>
        <message>
            <source>{weight} (was {own})</source>
            <translation>{weight} (antes {own})</translation>
        </message>
        <message>
            <source>No proposal crosses the cut line under these weights.</source>
            <translation>Con estos pesos, ninguna propuesta cruza la línea de corte.</translation>
        </message>
        <message>
            <source>enter: {titles}</source>
            <translation>entran: {titles}</translation>
        </message>
        <message>
            <source>leave: {titles}</source>
            <translation>salen: {titles}</translation>
        </message>
        <message numerus="yes">
            <source>%n proposal crosses the cut line — {changes}</source>
            <translation>
                <numerusform>%n propuesta cruza la línea de corte — {changes}</numerusform>
                <numerusform>%n propuestas cruzan la línea de corte — {changes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals cross the cut line — {changes}</source>
            <translation>
                <numerusform>%n propuesta cruza la línea de corte — {changes}</numerusform>
                <numerusform>%n propuestas cruzan la línea de corte — {changes}</numerusform>
            </translation>
        </message>
        <message>
            <source>A workshop's weights are above zero: raise every slider above 0 before adopting them.</source>
            <translation>Los pesos de un taller son mayores que cero: suba cada control deslizante por encima de 0 antes de adoptarlos.</translation>
        </message>
    </context>
    <context>
        <name>WifiDialog</name>
        <message>
            <source>Open network (no password)</source>
            <translation>Red abierta (sin contraseña)</translation>
        </message>
        <message>
            <source>The room's Wi-Fi</source>
            <translation>El Wi-Fi de la sala</translation>
        </message>
        <message>
            <source>Network name</source>
            <translation>Nombre de la red</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Seguridad</translation>
        </message>
        <message>
            <source>The network is &amp;hidden</source>
            <translation>La red está &amp;oculta</translation>
        </message>
        <message>
            <source>Phones scan this from the presenter screen or a join card to join the room's network. Leave the name blank for no Wi-Fi code.</source>
            <translation>Los teléfonos escanean esto en la pantalla de la sala o en una tarjeta de acceso para conectarse a la red de la sala. Deje el nombre en blanco si no quiere un código de Wi-Fi.</translation>
        </message>
        <message>
            <source>&amp;Network name:</source>
            <translation>&amp;Nombre de la red:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Security:</source>
            <translation>Seguridad:</translation>
        </message>
    </context>
    <context>
        <name>WorkshopListModel</name>
        <message numerus="yes">
            <source>%n proposal</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n proposals</source>
            <translation>
                <numerusform>%n propuesta</numerusform>
                <numerusform>%n propuestas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participant</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n round</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rounds</source>
            <translation>
                <numerusform>%n ronda</numerusform>
                <numerusform>%n rondas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkshopPage</name>
        <message>
            <source>Workshop</source>
            <translation>Taller</translation>
        </message>
        <message>
            <source>Name the workshop and choose how scores become results. The scoring settings can be changed later.</source>
            <translation>Póngale nombre al taller y elija cómo las puntuaciones se convierten en resultados. La configuración de las puntuaciones se puede cambiar más adelante.</translation>
        </message>
        <message>
            <source>Workshop name</source>
            <translation>Nombre del taller</translation>
        </message>
        <message>
            <source>e.g. Innovation Roadmap 2025</source>
            <translation>p. ej., Hoja de ruta de innovación 2025</translation>
        </message>
        <message>
            <source>Workshop date</source>
            <translation>Fecha del taller</translation>
        </message>
        <message>
            <source>MMMM d, yyyy</source>
            <extracomment>A Qt date format (QDate::toString): MMMM the month's name, d the day, yyyy the year; quote words: "d 'de' MMMM 'de' yyyy".</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <source>Workshop description</source>
            <translation>Descripción del taller</translation>
        </message>
        <message>
            <source>What the cabinet is deciding, and for when.</source>
            <translation>Qué está decidiendo el gabinete y para cuándo.</translation>
        </message>
        <message>
            <source>Language of the model's words</source>
            <translation>Idioma de las palabras del modelo</translation>
        </message>
        <message>
            <source>The language of the domains, categories, criteria and lanes the new workshop starts from.</source>
            <translation>El idioma de los ámbitos, las categorías, los criterios y las columnas con los que empieza el nuevo taller.</translation>
        </message>
        <message>
            <source>Combine participants' scores with</source>
            <translation>Combinar las puntuaciones de los participantes con</translation>
        </message>
        <message>
            <source>Discuss threshold</source>
            <translation>Umbral de debate</translation>
        </message>
        <message>
            <source>A proposal whose spread of scores is above this is flagged for discussion.</source>
            <translation>Una propuesta cuya dispersión de puntuaciones supere este valor se marca para debatir.</translation>
        </message>
        <message>
            <source>Count the facilitator's &amp;own scores in the results</source>
            <translation>Contar en los resultados las puntuaciones propias del &amp;facilitador</translation>
        </message>
        <message>
            <source>Count the facilitator's own scores</source>
            <translation>Contar las puntuaciones propias del facilitador</translation>
        </message>
        <message>
            <source>Vote record</source>
            <translation>Registro de votos</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>Descri&amp;ption:</source>
            <translation>&amp;Descripción:</translation>
        </message>
        <message>
            <source>Lan&amp;guage of the model's words:</source>
            <translation>&amp;Idioma de las palabras del modelo:</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Combine scores &amp;with:</source>
            <translation>Co&amp;mbinar las puntuaciones con:</translation>
        </message>
        <message>
            <source>Proposals whose scores spread more than this are flagged “discuss”.</source>
            <translation>Las propuestas cuyas puntuaciones se dispersen más que esto se marcan “a debatir”.</translation>
        </message>
        <message>
            <source>Discuss &amp;threshold:</source>
            <translation>&amp;Umbral de debate:</translation>
        </message>
        <message>
            <source>&amp;Vote record:</source>
            <translation>&amp;Registro de votos:</translation>
        </message>
        <message>
            <source>Give the workshop a name.</source>
            <translation>Póngale un nombre al taller.</translation>
        </message>
        <message>
            <source>A workshop named {name} already exists; choose another name.</source>
            <translation>Ya existe un taller llamado {name}; elija otro nombre.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopSettingsDialog</name>
        <message>
            <source>Workshop settings</source>
            <translation>Configuración del taller</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Re&amp;sults</source>
            <translation>Re&amp;sultados</translation>
        </message>
        <message>
            <source>The questions every director scores each proposal on. A participant's score is the weighted mean of their answers. A changed weight changes the results of every round; a criterion that holds scores cannot be removed, and its scale must keep the scores already given.</source>
            <translation>Las preguntas con las que cada director puntúa cada propuesta. La puntuación de un participante es la media ponderada de sus respuestas. Cambiar un peso cambia los resultados de todas las rondas; un criterio que ya tiene puntuaciones no se puede quitar, y su escala debe abarcar las puntuaciones ya dadas.</translation>
        </message>
        <message>
            <source>Cr&amp;iteria</source>
            <translation>Cr&amp;iterios</translation>
        </message>
        <message>
            <source>Who takes part: directors score, the facilitator runs the laptop and observers watch. Someone who has voted stays on the record: they cannot be removed or made an observer.</source>
            <translation>Quiénes participan: los directores puntúan, el facilitador maneja la computadora portátil y los observadores observan. Quien ya votó queda en el registro: no se le puede quitar ni convertir en observador.</translation>
        </message>
        <message>
            <source>&amp;Participants</source>
            <translation>&amp;Participantes</translation>
        </message>
        <message>
            <source>Short labels for cards: shown when the full name does not fit on a card or the projector. Leave one empty to show the full name.</source>
            <translation>Etiquetas cortas para las tarjetas: se muestran cuando el nombre completo no cabe en una tarjeta o en el proyector. Deje una vacía para mostrar el nombre completo.</translation>
        </message>
        <message>
            <source>&amp;Labels</source>
            <translation>&amp;Etiquetas</translation>
        </message>
        <message>
            <source>Co&amp;uncil</source>
            <translation>Conce&amp;jo</translation>
        </message>
        <message>
            <source>Problem with these settings</source>
            <translation>Problema con esta configuración</translation>
        </message>
        <message>
            <source>Apply the changes and close</source>
            <translation>Aplicar los cambios y cerrar</translation>
        </message>
        <message>
            <source>Close without changes</source>
            <translation>Cerrar sin cambios</translation>
        </message>
        <message>
            <source>Apply the changes</source>
            <translation>Aplicar los cambios</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Combine participants' scores with</source>
            <translation>Combinar las puntuaciones de los participantes con</translation>
        </message>
        <message>
            <source>Discuss threshold</source>
            <translation>Umbral de debate</translation>
        </message>
        <message>
            <source>A proposal whose spread of scores is above this is flagged for discussion.</source>
            <translation>Una propuesta cuya dispersión de puntuaciones supere este valor se marca para debatir.</translation>
        </message>
        <message>
            <source>Count the facilitator's &amp;own scores in the results</source>
            <translation>Contar en los resultados las puntuaciones propias del &amp;facilitador</translation>
        </message>
        <message>
            <source>Count the facilitator's own scores</source>
            <translation>Contar las puntuaciones propias del facilitador</translation>
        </message>
        <message>
            <source>Vote record</source>
            <translation>Registro de votos</translation>
        </message>
        <message>
            <source>Round the documents report</source>
            <translation>Ronda que informan los documentos</translation>
        </message>
        <message>
            <source>The revealed round the board's badges, the poster and the packet report. Proposals that round did not cover keep their score from an earlier round.</source>
            <translation>La ronda revelada que informan las insignias del tablero, el póster y el paquete. Las propuestas que esa ronda no incluyó conservan su puntuación de una ronda anterior.</translation>
        </message>
        <message>
            <source>Combine scores &amp;with:</source>
            <translation>Co&amp;mbinar las puntuaciones con:</translation>
        </message>
        <message>
            <source>Proposals whose scores spread more than this are flagged “discuss”.</source>
            <translation>Las propuestas cuyas puntuaciones se dispersen más que esto se marcan “a debatir”.</translation>
        </message>
        <message>
            <source>Discuss &amp;threshold:</source>
            <translation>&amp;Umbral de debate:</translation>
        </message>
        <message>
            <source>&amp;Vote record:</source>
            <translation>&amp;Registro de votos:</translation>
        </message>
        <message>
            <source>Documents &amp;report:</source>
            <translation>Ronda de los &amp;documentos:</translation>
        </message>
        <message>
            <source>How the participants' scores become results. A change here recomputes the results of every round, revealed ones too.</source>
            <translation>Cómo las puntuaciones de los participantes se convierten en resultados. Un cambio aquí vuelve a calcular los resultados de todas las rondas, también las reveladas.</translation>
        </message>
        <message>
            <source>Workshop settings — {name}</source>
            <translation>Configuración del taller — {name}</translation>
        </message>
        <message>
            <source>{reason} Nothing was changed.</source>
            <translation>{reason} No se cambió nada.</translation>
        </message>
        <message>
            <source>Saved, but the store could not be read back: {reason}</source>
            <translation>Se guardó, pero no se pudo volver a leer el archivo de datos: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_LabelDelegate</name>
        <message>
            <source>Short label of {name}</source>
            <translation>Etiqueta corta de {name}</translation>
        </message>
        <message>
            <source>At most {most} characters. Leave it empty to show the full name.</source>
            <translation>Como máximo {most} caracteres. Déjela vacía para mostrar el nombre completo.</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Demo workshop</source>
            <translation>Taller de demostración</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>Restore the newest good backup? The damaged file is kept beside it, untouched.</source>
            <translation>¿Restaurar la copia de seguridad válida más reciente? El archivo dañado se conserva al lado, sin cambios.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>{app}: no log file ({reason}).</source>
            <translation>{app}: sin archivo de registro ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>card_context</name>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>an archived proposal</source>
            <translation>una propuesta archivada</translation>
        </message>
        <message>
            <source>Needs: {titles}</source>
            <translation>Necesita: {titles}</translation>
        </message>
        <message>
            <source>Excludes: {titles}</source>
            <translation>Excluye: {titles}</translation>
        </message>
        <message>
            <source>Needed by: {titles}</source>
            <translation>Requerida por: {titles}</translation>
        </message>
        <message>
            <source>from round {number}</source>
            <translation>de la ronda {number}</translation>
        </message>
        <message>
            <source>round {number}</source>
            <translation>ronda {number}</translation>
        </message>
        <message>
            <source>was {score}</source>
            <translation>antes {score}</translation>
        </message>
        <message>
            <source>{voted} of {voters} voted in round {number}</source>
            <translation>{voted} de {voters} votaron en la ronda {number}</translation>
        </message>
        <message>
            <source>{score} of {top}, {votes}</source>
            <translation>{score} de {top}, {votes}</translation>
        </message>
        <message>
            <source>{round}: {votes}</source>
            <translation>{round}: {votes}</translation>
        </message>
        <message>
            <source>{votes}, to discuss</source>
            <translation>{votes}, para discutir</translation>
        </message>
        <message>
            <source>discuss</source>
            <translation>discutir</translation>
        </message>
        <message>
            <source>Must fund</source>
            <translation>Financiar siempre</translation>
        </message>
        <message>
            <source>Must not fund</source>
            <translation>No financiar nunca</translation>
        </message>
        <message>
            <source>Must not</source>
            <translation>No financiar</translation>
        </message>
        <message>
            <source>Always funded under a budget</source>
            <translation>Siempre se financia con presupuesto</translation>
        </message>
        <message>
            <source>Never funded under a budget</source>
            <translation>Nunca se financia con presupuesto</translation>
        </message>
        <message>
            <source>{voted} of {voters} voted</source>
            <translation>{voted} de {voters} votaron</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>“{title}”</source>
            <translation>“{title}”</translation>
        </message>
        <message>
            <source>Move cards</source>
            <translation>Mover tarjetas</translation>
        </message>
        <message>
            <source>another lane</source>
            <translation>otra columna</translation>
        </message>
        <message>
            <source>Reorder {cards} in {lane}</source>
            <translation>Reordenar {cards} en {lane}</translation>
        </message>
        <message>
            <source>Move {cards} to {lane}</source>
            <translation>Mover {cards} a {lane}</translation>
        </message>
        <message>
            <source>Reorder a card in {lane}</source>
            <translation>Reordenar una tarjeta en {lane}</translation>
        </message>
        <message>
            <source>Move a card to {lane}</source>
            <translation>Mover una tarjeta a {lane}</translation>
        </message>
        <message>
            <source>Reorder {card} in {lane}</source>
            <translation>Reordenar {card} en {lane}</translation>
        </message>
        <message>
            <source>Move {card} from {source} to {lane}</source>
            <translation>Mover {card} de {source} a {lane}</translation>
        </message>
        <message>
            <source>Move {card} to {lane}</source>
            <translation>Mover {card} a {lane}</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>resumen</translation>
        </message>
        <message>
            <source>department</source>
            <translation>departamento</translation>
        </message>
        <message>
            <source>domain</source>
            <translation>ámbito</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categoría</translation>
        </message>
        <message>
            <source>cost</source>
            <translation>costo</translation>
        </message>
        <message>
            <source>budget rule</source>
            <translation>regla de presupuesto</translation>
        </message>
        <message>
            <source>timeframe</source>
            <translation>plazo</translation>
        </message>
        <message>
            <source>Edit {card}</source>
            <translation>Editar {card}</translation>
        </message>
        <message>
            <source>Edit proposal</source>
            <translation>Editar propuesta</translation>
        </message>
        <message>
            <source>{first} and {second}</source>
            <translation>{first} y {second}</translation>
        </message>
        <message>
            <source>{first}, {second} and {third}</source>
            <translation>{first}, {second} y {third}</translation>
        </message>
        <message>
            <source>Edit {fields} of {card}</source>
            <translation>Editar {fields} de {card}</translation>
        </message>
        <message>
            <source>Edit {fields} of the proposal</source>
            <translation>Editar {fields} de la propuesta</translation>
        </message>
        <message>
            <source>Move lane {lane} left</source>
            <translation>Mover la columna {lane} a la izquierda</translation>
        </message>
        <message>
            <source>Move lane {lane} right</source>
            <translation>Mover la columna {lane} a la derecha</translation>
        </message>
        <message>
            <source>Move lane left</source>
            <translation>Mover la columna a la izquierda</translation>
        </message>
        <message>
            <source>Move lane right</source>
            <translation>Mover la columna a la derecha</translation>
        </message>
        <message>
            <source>Import {proposals} from {file}, update {updated}</source>
            <translation>Importar {proposals} de {file}, actualizar {updated}</translation>
        </message>
        <message>
            <source>Import {proposals}, update {updated}</source>
            <translation>Importar {proposals}, actualizar {updated}</translation>
        </message>
        <message>
            <source>Update {proposals} from {file}</source>
            <translation>Actualizar {proposals} de {file}</translation>
        </message>
        <message>
            <source>Update {proposals}</source>
            <translation>Actualizar {proposals}</translation>
        </message>
        <message>
            <source>Import {proposals} from {file}</source>
            <translation>Importar {proposals} de {file}</translation>
        </message>
        <message>
            <source>Import {proposals}</source>
            <translation>Importar {proposals}</translation>
        </message>
    </context>
    <context>
        <name>context_menus</name>
        <message>
            <source>{card}: card menu</source>
            <translation>{card}: menú de la tarjeta</translation>
        </message>
        <message>
            <source>{lane} lane menu</source>
            <translation>Menú de la columna {lane}</translation>
        </message>
    </context>
    <context>
        <name>council_tab</name>
        <message>
            <source>Change the council section</source>
            <translation>Cambiar la sección del Concejo</translation>
        </message>
    </context>
    <context>
        <name>crash_dialog</name>
        <message>
            <source>Something went wrong, but your workshop is safe.</source>
            <translation>Algo salió mal, pero su taller está a salvo.</translation>
        </message>
        <message>
            <source>Every change the app showed as done is already saved in the store. The action that failed did not finish; you can try it again.</source>
            <translation>Todos los cambios que la aplicación mostró como hechos ya están guardados en el archivo de datos. La acción que falló no terminó; puede intentarla de nuevo.</translation>
        </message>
        <message>
            <source>A report for support was written to:
{path}</source>
            <translation>Se escribió un informe para soporte técnico en:
{path}</translation>
        </message>
        <message>
            <source>Open the report's folder</source>
            <translation>Abrir la carpeta del informe</translation>
        </message>
    </context>
    <context>
        <name>cut_actions</name>
        <message>
            <source>Apply round {number}'s top {count} to {lane}</source>
            <translation>Aplicar los {count} primeros de la ronda {number} a {lane}</translation>
        </message>
        <message>
            <source>Apply round {number}'s category quotas ({proposals}) to {lane}</source>
            <translation>Aplicar las cuotas por categoría de la ronda {number} ({proposals}) a {lane}</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <source>The cut line was not applied: {problem}</source>
            <translation>No se aplicó la línea de corte: {problem}</translation>
        </message>
        <message>
            <source>Moved {proposals} into {lane}: round {number}'s cut line is recorded for the packet.</source>
            <translation>Se movieron {proposals} a {lane}: la línea de corte de la ronda {number} queda registrada para el paquete.</translation>
        </message>
    </context>
    <context>
        <name>document_actions</name>
        <message>
            <source>Round {number} — the round of record</source>
            <translation>Ronda {number} — la ronda oficial</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
    </context>
    <context>
        <name>help_menu</name>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>Open &amp;data folder</source>
            <translation>Abrir la carpeta de &amp;datos</translation>
        </message>
        <message>
            <source>The folder with the stores, their backups, the log and crash reports</source>
            <translation>La carpeta con los archivos de datos, sus copias de seguridad, el registro y los informes de errores</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Acerca de {app}</translation>
        </message>
    </context>
    <context>
        <name>import_dialog</name>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Costo</translation>
        </message>
        <message>
            <source>Timeframe</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <source>Lane</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Omitirlas</translation>
        </message>
        <message>
            <source>Update the existing proposals</source>
            <translation>Actualizar las propuestas existentes</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>Conservar ambas</translation>
        </message>
    </context>
    <context>
        <name>lane_view</name>
        <message>
            <source>Go to the lane on the left or right</source>
            <translation>Ir a la columna de la izquierda o de la derecha</translation>
        </message>
        <message>
            <source>Move the selected cards to the lane on the left or right</source>
            <translation>Mover las tarjetas seleccionadas a la columna de la izquierda o de la derecha</translation>
        </message>
        <message>
            <source>Move the selected cards up or down in their lane</source>
            <translation>Subir o bajar las tarjetas seleccionadas en su columna</translation>
        </message>
        <message>
            <source>Open the card</source>
            <translation>Abrir la tarjeta</translation>
        </message>
        <message>
            <source>The card's menu (on an empty lane: the lane's)</source>
            <translation>El menú de la tarjeta (en una columna vacía: el de la columna)</translation>
        </message>
        <message>
            <source>Go to the card above or below</source>
            <translation>Ir a la tarjeta de arriba o de abajo</translation>
        </message>
        <message>
            <source>Select more cards</source>
            <translation>Seleccionar más tarjetas</translation>
        </message>
        <message>
            <source>Select every card in the lane</source>
            <translation>Seleccionar todas las tarjetas de la columna</translation>
        </message>
    </context>
    <context>
        <name>language_menu</name>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Follow the system ({language})</source>
            <translation>Usar el idioma del sistema ({language})</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Usar el idioma del sistema</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>{app} will appear in {language} the next time it starts.</source>
            <translation>{app} aparecerá en {language} la próxima vez que se inicie.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más tarde</translation>
        </message>
        <message>
            <source>{app} could not start again. Please close it and open it yourself.</source>
            <translation>{app} no pudo volver a iniciarse. Ciérrelo y ábralo usted mismo.</translation>
        </message>
    </context>
    <context>
        <name>network</name>
        <message>
            <source>{address} — this laptop only (a rehearsal)</source>
            <translation>{address} — solo esta computadora (un ensayo)</translation>
        </message>
    </context>
    <context>
        <name>presenter_board</name>
        <message>
            <source>This workshop has no such lane.</source>
            <translation>Este taller no tiene esa columna.</translation>
        </message>
    </context>
    <context>
        <name>presenter_header</name>
        <message>
            <source>Round {number} · time's up</source>
            <extracomment>The presenter's top right corner once the round's countdown has ended.</extracomment>
            <translation>Ronda {number} · se acabó el tiempo</translation>
        </message>
        <message>
            <source>Round {number} · {clock}</source>
            <translation>Ronda {number} · {clock}</translation>
        </message>
    </context>
    <context>
        <name>presenter_proposal</name>
        <message>
            <source>{author} — {text}</source>
            <translation>{author} — {text}</translation>
        </message>
        <message>
            <source>From the discussion</source>
            <translation>De la deliberación</translation>
        </message>
        <message>
            <source>No proposals yet</source>
            <translation>Todavía no hay propuestas</translation>
        </message>
        <message>
            <source>{score} of {top}</source>
            <translation>{score} de {top}</translation>
        </message>
        <message>
            <source>rank {rank}</source>
            <translation>puesto {rank}</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>discuss: the directors disagree</source>
            <translation>a debatir: los directores no coinciden</translation>
        </message>
    </context>
    <context>
        <name>presenter_reveal</name>
        <message>
            <source>No round revealed yet</source>
            <translation>Todavía no hay rondas reveladas</translation>
        </message>
        <message>
            <source>Close the round and reveal it on the Score tab; the ranking then appears here, step by step.</source>
            <translation>Cierre la ronda y revélela en la pestaña Puntuación; la clasificación aparecerá aquí, paso a paso.</translation>
        </message>
        <message>
            <source>Round {number}: the ranking</source>
            <translation>Ronda {number}: la clasificación</translation>
        </message>
        <message>
            <source>bar: on the roadmap by its quotas</source>
            <extracomment>The ranking's key: a bar beside each proposal the quotas take.</extracomment>
            <translation>barra: en la hoja de ruta por sus cuotas</translation>
        </message>
        <message>
            <source>discuss: directors disagree</source>
            <translation>a debatir: los directores no coinciden</translation>
        </message>
        <message>
            <source>{first}–{last} of {total}</source>
            <translation>{first}–{last} de {total}</translation>
        </message>
        <message>
            <source>no votes</source>
            <translation>sin votos</translation>
        </message>
        <message>
            <source>discuss</source>
            <comment>a proposal the directors disagree on</comment>
            <translation>a debatir</translation>
        </message>
        <message>
            <source>To discuss: {number} of {count}, the directors disagree</source>
            <translation>A debatir: {number} de {count}, los directores no coinciden</translation>
        </message>
        <message>
            <source>Score {score}</source>
            <translation>Puntuación {score}</translation>
        </message>
        <message>
            <source>spread {spread}</source>
            <translation>dispersión {spread}</translation>
        </message>
    </context>
    <context>
        <name>presenter_snapshot</name>
        <message>
            <source>Round {number} open</source>
            <translation>Ronda {number} abierta</translation>
        </message>
        <message>
            <source>No round yet</source>
            <translation>Todavía no hay rondas</translation>
        </message>
        <message>
            <source>Round {number} revealed</source>
            <translation>Ronda {number} revelada</translation>
        </message>
        <message>
            <source>Round {number} closed</source>
            <translation>Ronda {number} cerrada</translation>
        </message>
    </context>
    <context>
        <name>presenter_voting</name>
        <message>
            <source>{names} and {last}</source>
            <extracomment>The end of a list: "Important, Core and Achievable".</extracomment>
            <translation>{names} y {last}</translation>
        </message>
        <message>
            <source>Score each proposal: {criteria}</source>
            <translation>Puntúe cada propuesta: {criteria}</translation>
        </message>
        <message>
            <source>No round is open</source>
            <translation>No hay ninguna ronda abierta</translation>
        </message>
        <message>
            <source>Open a round on the Score tab to start voting.</source>
            <translation>Abra una ronda en la pestaña Puntuación para empezar a votar.</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>{count} on their way</source>
            <translation>{count} en camino</translation>
        </message>
        <message>
            <source>Vote from your phone</source>
            <translation>Vote desde su teléfono</translation>
        </message>
        <message>
            <source>1. Wi-Fi “{network}” · password {password}</source>
            <translation>1. Wi-Fi «{network}» · contraseña {password}</translation>
        </message>
        <message>
            <source>1. Wi-Fi “{network}”</source>
            <translation>1. Wi-Fi «{network}»</translation>
        </message>
        <message>
            <source>2. Scan your join card or this code</source>
            <translation>2. Escanee su tarjeta de acceso o este código</translation>
        </message>
        <message>
            <source>Scan your join card or this code</source>
            <translation>Escanee su tarjeta de acceso o este código</translation>
        </message>
        <message>
            <source>pick your name, type your code</source>
            <translation>elija su nombre, escriba su código</translation>
        </message>
    </context>
    <context>
        <name>record_round</name>
        <message>
            <source>Latest revealed round (round {number})</source>
            <translation>Última ronda revelada (ronda {number})</translation>
        </message>
        <message>
            <source>Latest revealed round (none revealed yet)</source>
            <translation>Última ronda revelada (todavía ninguna)</translation>
        </message>
        <message>
            <source>Round {number}</source>
            <translation>Ronda {number}</translation>
        </message>
        <message>
            <source>Documents report the latest revealed round</source>
            <translation>Los documentos informan la última ronda revelada</translation>
        </message>
        <message>
            <source>Documents report round {number}</source>
            <translation>Los documentos informan la ronda {number}</translation>
        </message>
    </context>
    <context>
        <name>restore_dialog</name>
        <message>
            <source>when the store was opened</source>
            <translation>al abrir el archivo de datos</translation>
        </message>
        <message>
            <source>after a round was closed</source>
            <translation>después de cerrar una ronda</translation>
        </message>
        <message>
            <source>after a round was revealed</source>
            <translation>después de revelar una ronda</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>before a lane was removed</source>
            <translation>antes de quitar una columna</translation>
        </message>
        <message>
            <source>before a criterion was removed</source>
            <translation>antes de quitar un criterio</translation>
        </message>
        <message>
            <source>during the work (every 15 minutes)</source>
            <translation>durante el trabajo (cada 15 minutos)</translation>
        </message>
        <message>
            <source>before a restore (the store as it was)</source>
            <translation>antes de una restauración (el archivo de datos tal como estaba)</translation>
        </message>
        <message>
            <source>before this version updated the store</source>
            <translation>antes de que esta versión actualizara el archivo de datos</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Talleres</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Propuestas</translation>
        </message>
        <message>
            <source>Rounds</source>
            <translation>Rondas</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Último cambio</translation>
        </message>
        <message>
            <source>d MMM yyyy HH:mm</source>
            <extracomment>A Qt date-and-time format (QDateTime::toString): d day, MMM the month's short name, yyyy year, HH:mm the 24-hour time.</extracomment>
            <translation>d MMM yyyy HH:mm</translation>
        </message>
    </context>
    <context>
        <name>results_panel</name>
        <message>
            <source>{title} — spread {spread} — discuss</source>
            <translation>{title} — dispersión {spread} — a debatir</translation>
        </message>
        <message>
            <source>{title} — spread {spread}</source>
            <translation>{title} — dispersión {spread}</translation>
        </message>
    </context>
    <context>
        <name>round_menu</name>
        <message>
            <source>&amp;Round</source>
            <translation>&amp;Ronda</translation>
        </message>
        <message>
            <source>&amp;Open round…</source>
            <translation>&amp;Abrir ronda…</translation>
        </message>
        <message>
            <source>&amp;Close round</source>
            <translation>&amp;Cerrar ronda</translation>
        </message>
        <message>
            <source>Re&amp;open round</source>
            <translation>R&amp;eabrir ronda</translation>
        </message>
        <message>
            <source>Re&amp;veal round…</source>
            <translation>Re&amp;velar ronda…</translation>
        </message>
        <message>
            <source>&amp;Timer…</source>
            <translation>&amp;Temporizador…</translation>
        </message>
        <message>
            <source>Open voting to &amp;devices</source>
            <translation>Abrir la votación en los &amp;dispositivos</translation>
        </message>
        <message>
            <source>Print &amp;join cards…</source>
            <translation>Imprimir tarjetas de a&amp;cceso…</translation>
        </message>
        <message>
            <source>Room &amp;Wi-Fi…</source>
            <translation>&amp;Wi-Fi de la sala…</translation>
        </message>
    </context>
    <context>
        <name>scoring_commands</name>
        <message>
            <source>Open round {number}</source>
            <translation>Abrir la ronda {number}</translation>
        </message>
        <message>
            <source>Import ballots from {file}</source>
            <translation>Importar boletas de {file}</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_sheet</name>
        <message>
            <source>Board</source>
            <translation>Tablero</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
    </context>
    <context>
        <name>spec_table</name>
        <message>
            <source>Director</source>
            <translation>Director</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitador</translation>
        </message>
        <message>
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <source>Inbox</source>
            <translation>Bandeja de entrada</translation>
        </message>
        <message>
            <source>Shortlist</source>
            <translation>Preselección</translation>
        </message>
        <message>
            <source>Roadmap</source>
            <translation>Hoja de ruta</translation>
        </message>
        <message>
            <source>Parked</source>
            <translation>En pausa</translation>
        </message>
        <message>
            <source>Ordinary</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Mean (average)</source>
            <translation>Media (promedio)</translation>
        </message>
        <message>
            <source>Median (middle value)</source>
            <translation>Mediana (valor central)</translation>
        </message>
        <message>
            <source>Named: keep who gave each score</source>
            <translation>Con nombres: guardar quién dio cada puntuación</translation>
        </message>
        <message>
            <source>Anonymous: keep the scores without names</source>
            <translation>Anónimo: guardar las puntuaciones sin nombres</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… y {count} más.</translation>
        </message>
    </context>
    <context>
        <name>store_actions</name>
        <message>
            <source>Roadmap workshop files (*.roadmap);;All files (*)</source>
            <translation>Archivos de taller de Roadmap (*.roadmap);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Restore the backup of {when}</source>
            <translation>Restaurar la copia de seguridad del {when}</translation>
        </message>
    </context>
    <context>
        <name>window_menus</name>
        <message>
            <source>&amp;Workshop</source>
            <translation>&amp;Taller</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nuevo taller…</translation>
        </message>
        <message>
            <source>&amp;Open store…</source>
            <translation>&amp;Abrir archivo de datos…</translation>
        </message>
        <message>
            <source>&amp;Import proposals…</source>
            <translation>&amp;Importar propuestas…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Roadmap &amp;poster…</source>
            <translation>&amp;Póster de la hoja de ruta…</translation>
        </message>
        <message>
            <source>Poster on &amp;Letter sheets…</source>
            <translation>Póster en hojas tamaño &amp;carta…</translation>
        </message>
        <message>
            <source>Poster on &amp;A4 sheets…</source>
            <translation>Póster en hojas &amp;A4…</translation>
        </message>
        <message>
            <source>Poster as PN&amp;G for slides…</source>
            <translation>Póster como PN&amp;G para diapositivas…</translation>
        </message>
        <message>
            <source>&amp;Council packet…</source>
            <translation>Paquete para el C&amp;oncejo…</translation>
        </message>
        <message>
            <source>Choose a &amp;logo for the poster…</source>
            <translation>Elegir un &amp;logotipo para el póster…</translation>
        </message>
        <message>
            <source>&amp;Results…</source>
            <translation>&amp;Resultados…</translation>
        </message>
        <message>
            <source>Import paper &amp;ballots…</source>
            <translation>Importar &amp;boletas en papel…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <source>&amp;Print packet…</source>
            <translation>Im&amp;primir paquete…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>Historial de deshacer</translation>
        </message>
        <message>
            <source>Workshop opened</source>
            <translation>Taller abierto</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Present</source>
            <translation>&amp;Presentar</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>Ta&amp;blero</translation>
        </message>
        <message>
            <source>&amp;Score</source>
            <translation>P&amp;untuar</translation>
        </message>
        <message>
            <source>&amp;Results</source>
            <translation>&amp;Resultados</translation>
        </message>
        <message>
            <source>Compact cards</source>
            <translation>Tarjetas compactas</translation>
        </message>
        <message>
            <source>Normal cards</source>
            <translation>Tarjetas normales</translation>
        </message>
        <message>
            <source>Large cards</source>
            <translation>Tarjetas grandes</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>Tamaño r&amp;eal</translation>
        </message>
    </context>
    <context>
        <name>workshop_settings</name>
        <message>
            <source>result settings</source>
            <translation>la configuración de resultados</translation>
        </message>
        <message>
            <source>criteria</source>
            <translation>los criterios</translation>
        </message>
        <message>
            <source>participants</source>
            <translation>los participantes</translation>
        </message>
        <message>
            <source>short labels</source>
            <translation>las etiquetas cortas</translation>
        </message>
        <message>
            <source>Change {section}</source>
            <translation>Cambiar {section}</translation>
        </message>
        <message>
            <source>Change {first} and {second}</source>
            <translation>Cambiar {first} y {second}</translation>
        </message>
        <message>
            <source>Change {sections} and {last}</source>
            <extracomment>{sections}: the names of all sections but the last, separated by ", ".</extracomment>
            <translation>Cambiar {sections} y {last}</translation>
        </message>
    </context>
    <context>
        <name>workshop_tables</name>
        <message>
            <source>Criteria</source>
            <translation>Criterios</translation>
        </message>
        <message>
            <source>&amp;Add criterion</source>
            <translation>&amp;Agregar criterio</translation>
        </message>
        <message>
            <source>Add a criterion at the end</source>
            <translation>Agregar un criterio al final</translation>
        </message>
        <message>
            <source>Remove the selected criterion</source>
            <translation>Quitar el criterio seleccionado</translation>
        </message>
        <message>
            <source>Move the selected criterion up (Alt+Up)</source>
            <translation>Subir el criterio seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the selected criterion down (Alt+Down)</source>
            <translation>Bajar el criterio seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>criterion {number}</source>
            <translation>criterio {number}</translation>
        </message>
        <message>
            <source>Criterion {number} needs a name.</source>
            <translation>El criterio {number} necesita un nombre.</translation>
        </message>
        <message>
            <source>Two criteria are called {name}; each needs its own name.</source>
            <translation>Hay dos criterios llamados {name}; cada uno necesita su propio nombre.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>&amp;Add participant</source>
            <translation>&amp;Agregar participante</translation>
        </message>
        <message>
            <source>Add a participant at the end</source>
            <translation>Agregar un participante al final</translation>
        </message>
        <message>
            <source>Remove the selected participant</source>
            <translation>Quitar el participante seleccionado</translation>
        </message>
        <message>
            <source>Move the selected participant up (Alt+Up)</source>
            <translation>Subir el participante seleccionado (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move the selected participant down (Alt+Down)</source>
            <translation>Bajar el participante seleccionado (Alt+Abajo)</translation>
        </message>
        <message>
            <source>participant {number}</source>
            <translation>participante {number}</translation>
        </message>
        <message>
            <source>Participant {number} needs a name.</source>
            <translation>El participante {number} necesita un nombre.</translation>
        </message>
        <message>
            <source>Two participants are called {name}; each needs its own name.</source>
            <translation>Hay dos participantes llamados {name}; cada uno necesita su propio nombre.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>A short name for the question.</source>
            <translation>Un nombre corto para la pregunta.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>The question each director answers with a score.</source>
            <translation>La pregunta que cada director responde con una puntuación.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Peso</translation>
        </message>
        <message>
            <source>How much this criterion counts; above zero.</source>
            <translation>Cuánto cuenta este criterio; mayor que cero.</translation>
        </message>
        <message>
            <source>Lowest</source>
            <translation>Mínima</translation>
        </message>
        <message>
            <source>The lowest score on the scale.</source>
            <translation>La puntuación más baja de la escala.</translation>
        </message>
        <message>
            <source>Highest</source>
            <translation>Máxima</translation>
        </message>
        <message>
            <source>The highest score on the scale.</source>
            <translation>La puntuación más alta de la escala.</translation>
        </message>
        <message>
            <source>The participant's full name.</source>
            <translation>El nombre completo del participante.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Directors score; the facilitator runs the workshop; observers watch.</source>
            <translation>Los directores puntúan; el facilitador conduce el taller; los observadores observan.</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <source>Their department.</source>
            <translation>Su departamento.</translation>
        </message>
        <message>
            <source>The lowest score of {name} must be a whole number (got {text}).</source>
            <translation>La puntuación más baja de {name} debe ser un número entero (se escribió {text}).</translation>
        </message>
        <message>
            <source>The lowest score of {name} is too large (got {text}).</source>
            <translation>La puntuación más baja de {name} es demasiado grande (se escribió {text}).</translation>
        </message>
        <message>
            <source>The highest score of {name} must be a whole number (got {text}).</source>
            <translation>La puntuación más alta de {name} debe ser un número entero (se escribió {text}).</translation>
        </message>
        <message>
            <source>The highest score of {name} is too large (got {text}).</source>
            <translation>La puntuación más alta de {name} es demasiado grande (se escribió {text}).</translation>
        </message>
        <message>
            <source>The scale of {name} needs a lowest and a highest score.</source>
            <translation>La escala de {name} necesita una puntuación mínima y una máxima.</translation>
        </message>
        <message>
            <source>The weight of {name} must be a number (got {text}).</source>
            <translation>El peso de {name} debe ser un número (se escribió {text}).</translation>
        </message>
        <message>
            <source>The weight of {name} is too large (got {text}).</source>
            <translation>El peso de {name} es demasiado grande (se escribió {text}).</translation>
        </message>
    </context>
    <context>
        <name>workshop_wizard</name>
        <message>
            <source>Short label</source>
            <translation>Etiqueta corta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>name</source>
            <comment>a pasted list's heading</comment>
            <translation>nombre</translation>
        </message>
        <message>
            <source>role</source>
            <comment>a pasted list's heading</comment>
            <translation>rol</translation>
        </message>
        <message>
            <source>Line {number} has no name.</source>
            <translation>La línea {number} no tiene nombre.</translation>
        </message>
        <message>
            <source>Line {number}: {text} is not a role; write director, facilitator or observer.</source>
            <translation>Línea {number}: {text} no es un rol; escriba director, facilitador u observador.</translation>
        </message>
    </context>
</TS>
