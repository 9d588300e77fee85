<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Console</name>
    <message>
        <location filename="../app/syncline/Console.cpp" line="+53"/>
        <source>Cannot open the data directory %1:
%2</source>
        <translation>No se puede abrir el directorio de datos %1:
%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
</context>
<context>
    <name>PipelineStatus</name>
    <message>
        <location filename="../app/syncline/PipelineStatus.cpp" line="+57"/>
        <source>Starting the pipeline…</source>
        <translation>Iniciando la canalización…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Webhooks on %1</source>
        <translation>Webhooks en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin on %1</source>
        <translation>administración en %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n delivery target(s)</source>
        <translation>
            <numerusform>%n destino de entrega</numerusform>
            <numerusform>%n destinos de entrega</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n drop folder(s)</source>
        <translation>
            <numerusform>%n carpeta de entrada</numerusform>
            <numerusform>%n carpetas de entrada</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pipeline not running: %1</source>
        <translation>La canalización no está en marcha: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open hold(s)</source>
        <translation>
            <numerusform>%n retención abierta</numerusform>
            <numerusform>%n retenciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 open holds</source>
        <translation>más de %1 retenciones abiertas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje fallido</numerusform>
            <numerusform>%n mensajes fallidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more than %1 dead letters</source>
        <translation>más de %1 mensajes fallidos</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/syncline/main.cpp" line="+132"/>
        <source>Operations console for the Syncline sync engine.</source>
        <translation>Consola de operaciones del motor de sincronización Syncline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the data directory &lt;dir&gt; (remembered).</source>
        <translation>Abrir el directorio de datos &lt;dir&gt; (se recuerda).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the language &lt;code&gt; (de, en, es) instead of the system&apos;s.</source>
        <translation>Usar el idioma &lt;código&gt; (de, en, es) en lugar del del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the main window as a PNG image to &lt;file&gt; once the first data arrived, then exit.</source>
        <translation>Guardar la ventana principal como imagen PNG en &lt;archivo&gt; cuando lleguen los primeros datos y salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <location line="+15"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show the view &lt;id&gt; first (dashboard, feeds...).</source>
        <translation>Mostrar primero la vista &lt;id&gt; (dashboard, feeds...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host the pipeline of the configuration &lt;file&gt; (webhook listener, drop folders, targets, order rules, admin listener) on its data directory, as synclined run does.</source>
        <translation>Ejecutar la canalización de la configuración &lt;archivo&gt; (receptor de webhooks, carpetas de entrada, destinos, reglas de pedidos, receptor de administración) sobre su directorio de datos, como hace synclined run.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serve webhooks on &lt;address:port&gt; instead of the configuration&apos;s (port 0: any free port).</source>
        <translation>Atender webhooks en &lt;dirección:puerto&gt; en lugar de la dirección de la configuración (puerto 0: cualquier puerto libre).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>address:port</source>
        <translation>dirección:puerto</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Serve /metrics and /healthz on &lt;address:port&gt; instead of the configuration&apos;s.</source>
        <translation>Servir /metrics y /healthz en &lt;dirección:puerto&gt; en lugar de la dirección de la configuración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the bound ports as &quot;webhook=PORT admin=PORT&quot; to &lt;file&gt; once the pipeline listens.</source>
        <translation>Escribir los puertos enlazados como &quot;webhook=PORT admin=PORT&quot; en &lt;archivo&gt; cuando la canalización esté escuchando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the engine has at least these counts (e.g. events=20,holds=3,deadletters=1), print them, save the --screenshot if any, then exit.</source>
        <translation>Esperar a que el motor alcance al menos estos recuentos (p. ej. events=20,holds=3,deadletters=1), mostrarlos, guardar la --screenshot si se indicó y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counts</source>
        <translation>recuentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give up waiting for --wait-for after &lt;seconds&gt; (default 120) and exit with status 3.</source>
        <translation>Dejar de esperar a --wait-for tras &lt;segundos&gt; (120 por defecto) y salir con el estado 3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--wait-for takes name=count pairs separated by commas; the names are events, holds and deadletters.</source>
        <translation>--wait-for admite pares nombre=cantidad separados por comas; los nombres son events, holds y deadletters.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout takes a positive number of seconds.</source>
        <translation>--timeout admite un número positivo de segundos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--%1 takes ADDRESS:PORT.</source>
        <translation>--%1 admite DIRECCIÓN:PUERTO.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen, --admin and --ports-file need --config.</source>
        <translation>--listen, --admin y --ports-file requieren --config.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown view %1; the views are: %2.</source>
        <translation>Vista desconocida %1; las vistas son: %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the counts of --wait-for were not reached in time.</source>
        <translation>los recuentos de --wait-for no se alcanzaron a tiempo.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::AuditModel</name>
    <message>
        <location filename="../ui/models/AuditModel.cpp" line="+219"/>
        <source>The audit chain is broken here: %1</source>
        <translation>La cadena de auditoría está rota aquí: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>syncline::ui::AuditView</name>
    <message>
        <location filename="../ui/views/AuditView.cpp" line="+80"/>
        <source>Actor</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action, e.g. hold.approve</source>
        <translation>Acción, p. ej. hold.approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object id</source>
        <translation>Id. del objeto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Select an entry to see what it changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Apply filter</source>
        <translation>&amp;Aplicar filtro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filter</source>
        <translation>&amp;Limpiar filtro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV...</source>
        <translation>&amp;Exportar CSV...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Verifying the audit chain...</source>
        <translation>Verificando la cadena de auditoría...</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>The audit chain is intact: %n entries verified.</source>
        <translation>
            <numerusform>La cadena de auditoría está intacta: %n entrada verificada.</numerusform>
            <numerusform>La cadena de auditoría está intacta: %n entradas verificadas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit chain is broken at entry #%1: %2</source>
        <translation>La cadena de auditoría está rota en la entrada n.º %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The audit chain could not be verified: %1</source>
        <translation>No se pudo verificar la cadena de auditoría: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporting to %1...</source>
        <translation>Exportando a %1...</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>THE AUDIT CHAIN IS BROKEN AT THIS ENTRY</source>
        <translation>LA CADENA DE AUDITORÍA ESTÁ ROTA EN ESTA ENTRADA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry #%1 at %2
</source>
        <translation>Entrada n.º %1 el %2
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actor: %1 (%2)
</source>
        <translation>Autor: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action: %1 on %2 %3
</source>
        <translation>Acción: %1 sobre %2 %3
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1
</source>
        <translation>Motivo: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Before:
%1
</source>
        <translation>
Antes:
%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
After:
%1
</source>
        <translation>
Después:
%1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Hash: %1
Previous hash: %2</source>
        <translation>
Hash: %1
Hash anterior: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading...</source>
        <translation>Cargando...</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n entries shown; scroll for more</source>
        <translation>
            <numerusform>%n entrada mostrada; desplácese para ver más</numerusform>
            <numerusform>%n entradas mostradas; desplácese para ver más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::BulkCommand</name>
    <message>
        <location filename="../ui/ExceptionActions.cpp" line="+70"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n failed: %1</source>
        <translation>
            <numerusform>, %n fallido: %1</numerusform>
            <numerusform>, %n fallidos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>, %n not sent (cancelled)</source>
        <translation>
            <numerusform>, %n no enviado (cancelado)</numerusform>
            <numerusform>, %n no enviados (cancelado)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardPanels</name>
    <message>
        <location filename="../ui/views/DashboardPanels.cpp" line="+169"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oversell risk (%1 units)</source>
        <translation>Riesgo de sobreventa (%1 unidades)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acknowledgement late</source>
        <translation>Confirmación atrasada</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not load: %1</source>
        <translation>No se pudo cargar: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No feeds yet</source>
        <translation>Aún no hay flujos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half-open</source>
        <translation>Semiabierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feed silent</source>
        <translation>Flujo en silencio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconcile mismatch</source>
        <translation>Discrepancia en la conciliación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drift</source>
        <translation>Desviación</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+64"/>
        <source>Feeds</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing or degraded</source>
        <translation>Con fallos o degradados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processed</source>
        <translation>Procesados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue depth</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events committed/s</source>
        <translation>Eventos confirmados/s</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events committed per second</source>
        <translation>Eventos confirmados por segundo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throughput, last five minutes</source>
        <translation>Rendimiento de los últimos cinco minutos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open holds</source>
        <translation>Retenciones abiertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Destino de entrega</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breaker</source>
        <translation>Disyuntor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open holds by reason</source>
        <translation>Retenciones abiertas por motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock and acknowledgement alerts</source>
        <translation>Alertas de existencias y de confirmación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery targets</source>
        <translation>Destinos de entrega</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Failed per minute</source>
        <translation>Fallidos por minuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p95 (s)</source>
        <translation>Retraso p95 (s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failures and lag, last hour</source>
        <translation>Fallos y retraso, última hora</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DeadLettersModel</name>
    <message>
        <location filename="../ui/models/DeadLettersModel.cpp" line="+182"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EndpointsModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="+181"/>
        <source>Closed (delivering)</source>
        <translation>Cerrado (entregando)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open (paused)</source>
        <translation>Abierto (en pausa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Half open (probing)</source>
        <translation>Semiabierto (probando)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaker</source>
        <translation>Disyuntor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failures in a row</source>
        <translation>Fallos seguidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EngineBridge</name>
    <message>
        <location filename="../ui/EngineBridge.cpp" line="+178"/>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
</context>
<context>
    <name>syncline::ui::ExceptionsView</name>
    <message>
        <location filename="../ui/views/ExceptionsView.cpp" line="+88"/>
        <source>&amp;Held orders</source>
        <translation>Pedidos &amp;retenidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead letters</source>
        <translation>&amp;Mensajes fallidos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve...</source>
        <translation>Aprobar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix...</source>
        <translation>Corregir...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmit</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resubmit edited...</source>
        <translation>Reenviar editado...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject...</source>
        <translation>Rechazar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign...</source>
        <translation>Asignar...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note...</source>
        <translation>Nota...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze...</source>
        <translation>Posponer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard...</source>
        <translation>Descartar...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all matching</source>
        <translation>Seleccionar todas las coincidencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel bulk action</source>
        <translation>Cancelar la acción masiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Exceptions</source>
        <translation>Excepciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Order, SKU, message, error... (Ctrl+F)</source>
        <translation>Pedido, SKU, mensaje, error... (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any domain</source>
        <translation>Cualquier ámbito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner (held orders)</source>
        <translation>Responsable (pedidos retenidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any age</source>
        <translation>Cualquier antigüedad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 1 hour</source>
        <translation>Más de 1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 4 hours</source>
        <translation>Más de 4 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 1 day</source>
        <translation>Más de 1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 3 days</source>
        <translation>Más de 3 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+186"/>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Save filter...</source>
        <translation>Guardar filtro...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Older than %n min</source>
        <translation>
            <numerusform>Más de %n min</numerusform>
            <numerusform>Más de %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Any reason</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any connection</source>
        <translation>Cualquier conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any owner</source>
        <translation>Cualquier responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Filter &quot;%1&quot; saved.</source>
        <translation>Filtro «%1» guardado.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Could not read the held orders: %1</source>
        <translation>No se pudieron leer los pedidos retenidos: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not read the dead letters: %1</source>
        <translation>No se pudieron leer los mensajes fallidos: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Held orders (%1)</source>
        <translation>Pedidos &amp;retenidos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dead letters (%1)</source>
        <translation>&amp;Mensajes fallidos (%1)</translation>
    </message>
    <message>
        <location filename="../ui/views/ExceptionsViewCommands.cpp" line="+32"/>
        <location line="+91"/>
        <source>Nothing selected.</source>
        <translation>No hay nada seleccionado.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>A bulk action is still running: cancel it first (Esc).</source>
        <translation>Todavía hay una acción masiva en curso: cancélela primero (Esc).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Sending %n item(s)...</source>
        <translation>
            <numerusform>Enviando %n elemento...</numerusform>
            <numerusform>Enviando %n elementos...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>approved</source>
        <translation>aprobados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>assigned</source>
        <translation>asignados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>noted</source>
        <translation>anotados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>snoozed</source>
        <translation>pospuestos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fixed</source>
        <translation>corregidos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>resubmitted</source>
        <translation>reenviados</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>discarded</source>
        <translation>descartados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing was sent: the text is required.</source>
        <translation>No se envió nada: el texto es obligatorio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n held order(s) despite the failed rule. Reason:</source>
        <translation>
            <numerusform>Aprobar %n pedido retenido pese a la regla incumplida. Motivo:</numerusform>
            <numerusform>Aprobar %n pedidos retenidos pese a la regla incumplida. Motivo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Reject %n order(s): they are cancelled. Reason:</source>
        <translation>
            <numerusform>Rechazar %n pedido: se cancelará. Motivo:</numerusform>
            <numerusform>Rechazar %n pedidos: se cancelarán. Motivo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign to:</source>
        <translation>Asignar a:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Discard %n dead letter(s). Reason:</source>
        <translation>
            <numerusform>Descartar %n mensaje fallido. Motivo:</numerusform>
            <numerusform>Descartar %n mensajes fallidos. Motivo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Resubmit dead letter #%1</source>
        <translation>Reenviar el mensaje fallido n.º %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Order %1 is not in the store.</source>
        <translation>El pedido %1 no está en el almacén de datos.</translation>
    </message>
    <message>
        <location filename="../ui/views/ExceptionsViewDetails.cpp" line="+116"/>
        <source>&lt;h3&gt;Dead letter #%1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Mensaje fallido n.º %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 from &lt;b&gt;%3&lt;/b&gt;, entity %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; %2 de &lt;b&gt;%3&lt;/b&gt;, entidad %4&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Failed at:&lt;/b&gt; %1 (%2), %n attempt(s), %3&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Falló en:&lt;/b&gt; %1 (%2), %n intento, %3&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Falló en:&lt;/b&gt; %1 (%2), %n intentos, %3&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;&lt;b&gt;Target:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Destino:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>&lt;p&gt;&lt;b&gt;Suggested fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Corrección sugerida:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>correct the payload and resubmit it edited (Shift+R).</source>
        <translation>corrija el contenido y reenvíelo editado (Mayús+R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>once the target answers again, resubmit (R).</source>
        <translation>cuando el destino vuelva a responder, reenvíe (R).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&lt;h4&gt;Payload&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Contenido&lt;/h4&gt;</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&lt;h3&gt;Order %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Pedido %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;b&gt;Reason:&lt;/b&gt; %1 &amp;mdash; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Motivo:&lt;/b&gt; %1 &amp;mdash; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;Concerns:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Afecta a:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Owner:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Held since:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Due:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Responsable:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Retenido desde:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Vence:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Snoozed until:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Pospuesto hasta:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h4&gt;Notes&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Notas&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;i&gt;Loading the order history...&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Cargando el historial del pedido...&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h4&gt;History&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Historial&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h4&gt;Decisions&lt;/h4&gt;&lt;ul&gt;</source>
        <translation>&lt;h4&gt;Decisiones&lt;/h4&gt;&lt;ul&gt;</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FeedsModel</name>
    <message>
        <location filename="../ui/models/FeedsModel.cpp" line="+212"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Feed</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processed</source>
        <translation>Procesados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dead letters</source>
        <translation>Mensajes fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Queue depth</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last success</source>
        <translation>Último éxito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FeedsView</name>
    <message>
        <location filename="../ui/views/FeedsView.cpp" line="+81"/>
        <source>Feeds</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Feeds: %1</source>
        <translation>Flujos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>syncline::ui::FixDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+90"/>
        <source>Fix order %1</source>
        <translation>Corregir el pedido %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order cannot be read: %1</source>
        <translation>No se puede leer el pedido: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suggested: %1</source>
        <translation>Sugerencia: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit a field of the order</source>
        <translation>Editar un campo del pedido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the SKU (resolves every order alike)</source>
        <translation>Asignar la SKU (resuelve todos los pedidos iguales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map the customer (resolves every order alike)</source>
        <translation>Asignar el cliente (resuelve todos los pedidos iguales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Corrección:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;ield:</source>
        <translation>Ca&amp;mpo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;value:</source>
        <translation>Nuevo &amp;valor:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storefront SKU:</source>
        <translation>SKU de la tienda en línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP item number:</source>
        <translation>Número de artículo del ERP:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer id:</source>
        <translation>Id. del cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERP account:</source>
        <translation>Cuenta del ERP:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change preview:</source>
        <translation>Vista previa del cambio:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fix and &amp;resubmit</source>
        <translation>Corregir y &amp;reenviar</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Name the field as a JSON pointer, such as /shipping_address/postal_code.</source>
        <translation>Indique el campo como puntero JSON, por ejemplo /shipping_address/postal_code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The order has no field %1.</source>
        <translation>El pedido no tiene el campo %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a value of the same kind as %2.</source>
        <translation>%1 necesita un valor del mismo tipo que %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>syncline::ui::HoldsModel</name>
    <message>
        <location filename="../ui/models/HoldsModel.cpp" line="+25"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snoozed</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>syncline::ui::InventoryModel</name>
    <message>
        <location filename="../ui/models/InventoryModel.cpp" line="+91"/>
        <source>Oversell risk: %1 units</source>
        <translation>Riesgo de sobreventa: %1 unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drifting</source>
        <translation>Desviado</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reserved</source>
        <translation>Reservado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available to sell</source>
        <translation>Disponible para la venta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>syncline::ui::InventoryView</name>
    <message>
        <location filename="../ui/views/InventoryView.cpp" line="+50"/>
        <source>Filter by SKU</source>
        <translation>Filtrar por SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drift and oversell risk only</source>
        <translation>Solo desviaciones y riesgo de sobreventa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconcile</source>
        <translation>Conciliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read what the channel shows and correct small differences</source>
        <translation>Leer lo que muestra el canal y corregir las pequeñas diferencias</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The inventory could not be read: %1</source>
        <translation>No se pudo leer el inventario: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 SKUs</source>
        <translation>%1 de %2 SKU</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Positions</source>
        <translation>Posiciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on hand, %2 reserved</source>
        <translation>%1 en existencias, %2 reservadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 available, %2 published</source>
        <translation>%1 disponibles, %2 publicadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reconciling %1…</source>
        <translation>Conciliando %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not reconciled: %2</source>
        <translation>%1 no se concilió: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 reconciled: %2 checked, %3 matching, %4 corrected, %5 to look at, %6 unknown.</source>
        <translation>%1 conciliado: %2 comprobadas, %3 coincidentes, %4 corregidas, %5 por revisar, %6 desconocidas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reconciliation failed: %1</source>
        <translation>La conciliación falló: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+34"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open data directory...</source>
        <translation>&amp;Abrir directorio de datos...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Syncline</source>
        <translation>&amp;Acerca de Syncline</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Open data directory</source>
        <translation>Abrir directorio de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Syncline</source>
        <translation>Acerca de Syncline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Operations console for the Syncline sync engine: feeds between ERP, storefronts and warehouse files, their health, exceptions and audit trail.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Syncline %1&lt;/h3&gt;&lt;p&gt;Consola de operaciones del motor de sincronización Syncline: flujos entre el ERP, las tiendas en línea y los archivos del almacén, su estado, sus excepciones y su registro de auditoría.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderLookupView</name>
    <message>
        <location filename="../ui/views/OrderLookupView.cpp" line="+51"/>
        <source>Order number, customer, e-mail or SKU</source>
        <translation>Número de pedido, cliente, correo electrónico o SKU</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the search box (%1)</source>
        <translation>Ir al cuadro de búsqueda (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the open order&apos;s timeline (%1)</source>
        <translation>Volver a cargar la cronología del pedido abierto (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Open order</source>
        <translation>&amp;Abrir pedido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search for an order to see its timeline.</source>
        <translation>Busque un pedido para ver su cronología.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a timeline entry to see what it carried.</source>
        <translation>Seleccione una entrada de la cronología para ver su contenido.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Order lookup</source>
        <translation>Búsqueda de pedidos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching for &quot;%1&quot;...</source>
        <translation>Buscando «%1»...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No order matches &quot;%1&quot;.</source>
        <translation>Ningún pedido coincide con «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n orders match &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n pedido coincide con «%1».</numerusform>
            <numerusform>%n pedidos coinciden con «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1 is not known.</source>
        <translation>El pedido %1 no es conocido.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Order %1&lt;/b&gt; &amp;mdash; %2 &amp;mdash; %3 &amp;lt;%4&amp;gt; &amp;mdash; channel %5, connection %6</source>
        <translation>&lt;b&gt;Pedido %1&lt;/b&gt; &amp;mdash; %2 &amp;mdash; %3 &amp;lt;%4&amp;gt; &amp;mdash; canal %5, conexión %6</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The order could not be read: %1</source>
        <translation>No se pudo leer el pedido: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderResultsModel</name>
    <message>
        <location filename="../ui/models/OrderModels.cpp" line="+115"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validating</source>
        <translation>En validación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posted</source>
        <translation>Transmitido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially shipped</source>
        <translation>Enviado parcialmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoiced</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>syncline::ui::OrderTimelineModel</name>
    <message>
        <location line="-175"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>aprobados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <translation>rechazados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>snoozed</source>
        <translation>pospuestos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hold %1 (%2), %3
</source>
        <translation>Retención %1 (%2), %3
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message: %1
</source>
        <translation>Mensaje: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested fix: %1
</source>
        <translation>Corrección sugerida: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subjects: %1
</source>
        <translation>Afecta a: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner: %1
</source>
        <translation>Responsable: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution: %1
</source>
        <translation>Resolución: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note by %1 at %2: %3
</source>
        <translation>Nota de %1 el %2: %3
</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Syncline</source>
        <translation>Syncline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received %1</source>
        <translation>Recibido: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event %1, %2</source>
        <translation>Evento %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Audit entry #%1: %2 on %3 %4
By: %5 (%6)
Reason: %7
</source>
        <translation>Entrada de auditoría n.º %1: %2 sobre %3 %4
Por: %5 (%6)
Motivo: %7
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Before:
%1

After:
%2</source>
        <translation>
Antes:
%1

Después:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold %1</source>
        <translation>Retención %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 -&gt; %2
By: %3
Why: %4</source>
        <translation>%1 -&gt; %2
Por: %3
Por qué: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Held: %1</source>
        <translation>Retenido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Event %1 to %2
Status: %3
Attempts: %4</source>
        <translation>Evento %1 a %2
Estado: %3
Intentos: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Last error: %1</source>
        <translation>
Último error: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivered to %1</source>
        <translation>Entregado a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery to %1: %2</source>
        <translation>Entrega a %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attempts</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>syncline::ui::PayloadDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+28"/>
        <source>&amp;Resubmit</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
</context>
<context>
    <name>syncline::ui::Presentation</name>
    <message>
        <location filename="../ui/Presentation.cpp" line="+14"/>
        <source>Healthy</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded</source>
        <translation>Degradado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failing</source>
        <translation>Con fallos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fulfilment</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n s ago</source>
        <translation>
            <numerusform>hace %n s</numerusform>
            <numerusform>hace %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncline::ui::RejectedInputsModel</name>
    <message>
        <location filename="../ui/models/RejectedInputsModel.cpp" line="+43"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replayed</source>
        <translation>Reprocesada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingest</source>
        <translation>Ingesta</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>syncline::ui::RejectedInputsView</name>
    <message>
        <location filename="../ui/views/RejectedInputsView.cpp" line="+48"/>
        <source>&amp;Replay</source>
        <translation>&amp;Reprocesar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Select a refused input to see it as it was received.</source>
        <translation>Seleccione una entrada rechazada para verla tal como se recibió.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rejected inputs</source>
        <translation>Entradas rechazadas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 most recent refused inputs</source>
        <translation>Las %1 entradas rechazadas más recientes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n refused inputs</source>
        <translation>
            <numerusform>%n entrada rechazada</numerusform>
            <numerusform>%n entradas rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The refused inputs could not be read: %1</source>
        <translation>No se pudieron leer las entradas rechazadas: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Replaying input #%1...</source>
        <translation>Reprocesando la entrada n.º %1...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Input #%1 replayed: %2</source>
        <translation>Entrada n.º %1 reprocesada: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input #%1 was not replayed: %2</source>
        <translation>La entrada n.º %1 no se reprocesó: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Input #%1, %2 via %3, received %4
</source>
        <translation>Entrada n.º %1, %2 vía %3, recibida %4
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection: %1
</source>
        <translation>Conexión: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1
</source>
        <translation>De: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path: %1
</source>
        <translation>Ruta: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason: %1
</source>
        <translation>Motivo: %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 bytes
</source>
        <translation>Tamaño: %1 bytes
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size: %1 bytes, SHA-256 %2
</source>
        <translation>Tamaño: %1 bytes, SHA-256 %2
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Headers:
%1
</source>
        <translation>
Cabeceras:
%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Content:
%1</source>
        <translation>
Contenido:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay the selected input once its cause is fixed (%1)</source>
        <translation>Reprocesar la entrada seleccionada una vez corregida su causa (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not replay refused inputs</source>
        <translation>Su rol (%1) no puede reprocesar entradas rechazadas</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SettingsView</name>
    <message>
        <location filename="../ui/views/SettingsView.cpp" line="+123"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+275"/>
        <source>Attempts after a transient failure:</source>
        <translation>Intentos tras un fallo transitorio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts while rate limited:</source>
        <translation>Intentos con limitación de tasa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First retry within:</source>
        <translation>Primer reintento en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest wait between retries:</source>
        <translation>Espera máxima entre reintentos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures in a row that pause an endpoint:</source>
        <translation>Fallos seguidos que pausan un punto de conexión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First pause of an endpoint:</source>
        <translation>Primera pausa de un punto de conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest pause of an endpoint:</source>
        <translation>Pausa máxima de un punto de conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due retries looked for every:</source>
        <translation>Buscar reintentos pendientes cada:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users and roles</source>
        <translation>&amp;Usuarios y roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service &amp;levels</source>
        <translation>&amp;Niveles de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connections</source>
        <translation>&amp;Conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thresholds</source>
        <translation>U&amp;mbrales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;anguage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation:</source>
        <translation>Escalado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name as the operator signs in</source>
        <translation>nombre de usuario con el que inicia sesión el operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use this user</source>
        <translation>Usar es&amp;te usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add or set role</source>
        <translation>&amp;Añadir o cambiar rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove user</source>
        <translation>&amp;Quitar usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save target</source>
        <translation>&amp;Guardar objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply</source>
        <translation>A&amp;plicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands are sent as this user. Once the users registry names anyone, the engine takes the role from the registry, whatever is chosen here, and refuses users it does not know.</source>
        <translation>Los comandos se envían como este usuario. En cuanto el registro de usuarios contiene a alguien, el motor toma el rol del registro, sea cual sea el elegido aquí, y rechaza a los usuarios que no conoce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an admin may change users and roles; the engine keeps at least one admin. On a fresh store the first change registers you as admin.</source>
        <translation>Solo un administrador puede cambiar usuarios y roles; el motor conserva al menos un administrador. En un almacén de datos nuevo, el primer cambio le registra como administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set in the engine&apos;s configuration file; a change applies when the engine starts again.</source>
        <translation>Se define en el archivo de configuración del motor; un cambio se aplica cuando el motor vuelve a arrancar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Views switch at once; everything else follows at the next start.</source>
        <translation>Las vistas cambian de inmediato; el resto, en el próximo arranque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feeds</source>
        <translation>Flujos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery endpoints</source>
        <translation>Puntos de conexión de entrega</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The users registry could not be read: %1</source>
        <translation>No se pudo leer el registro de usuarios: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not in the users registry: the engine refuses every command sent as this user. Choose a registered user on the Session page.</source>
        <translation>%1 no está en el registro de usuarios: el motor rechaza todos los comandos enviados como este usuario. Elija un usuario registrado en la página Sesión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Commands are now sent as %1 (%2).</source>
        <translation>Los comandos se envían ahora como %1 (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Commands are now sent as %1 (%2, from the users registry).</source>
        <translation>Los comandos se envían ahora como %1 (%2, según el registro de usuarios).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not in the users registry: an admin adds users on the Users and roles page.</source>
        <translation>%1 no está en el registro de usuarios: un administrador añade usuarios en la página Usuarios y roles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role of %1</source>
        <translation>Rol de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing %1</source>
        <translation>Quitando a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target of %1</source>
        <translation>Objetivo de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: done (%2).</source>
        <translation>%1: hecho (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: refused. %2</source>
        <translation>%1: rechazado. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: failed. %2</source>
        <translation>%1: falló. %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language set to %1.</source>
        <translation>Idioma cambiado a %1.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaBreachesModel</name>
    <message>
        <location filename="../ui/models/SlaModel.cpp" line="+324"/>
        <source>Completed (UTC)</source>
        <translation>Completado (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over by</source>
        <translation>Exceso</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaModel</name>
    <message>
        <location line="-231"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no events</source>
        <translation>sin eventos</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within target</source>
        <translation>Dentro del objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p50</source>
        <translation>Retraso p50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p95</source>
        <translation>Retraso p95</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag p99</source>
        <translation>Retraso p99</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaReport</name>
    <message>
        <location filename="../ui/reports/SlaReport.cpp" line="+47"/>
        <source>%1 to %2 (UTC), by %3</source>
        <translation>%1 a %2 (UTC), por %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>hour</source>
        <translation>hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message>
        <location line="+125"/>
        <location line="+33"/>
        <source>Service-level report</source>
        <translation>Informe de niveles de servicio</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot finish %1</source>
        <translation>no se puede terminar %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Generated %1 (UTC)</source>
        <translation>Generado %1 (UTC)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Compliance over time</source>
        <translation>Cumplimiento a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Breaches</source>
        <translation>Incumplimientos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No breaches in this period.</source>
        <translation>Ningún incumplimiento en este periodo.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SlaView</name>
    <message>
        <location filename="../ui/views/SlaView.cpp" line="+215"/>
        <source>Service levels</source>
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;By:</source>
        <translation>&amp;Agrupar por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 13 weeks</source>
        <translation>Últimas 13 semanas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV...</source>
        <translation>Exportar &amp;CSV...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report...</source>
        <translation>Exportar &amp;informe PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance over time</source>
        <translation>Cumplimiento a lo largo del tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+88"/>
        <source>Breaches: %1</source>
        <translation>Incumplimientos: %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Service levels could not be read: %1</source>
        <translation>No se pudieron leer los niveles de servicio: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No completed events in this period.</source>
        <translation>Ningún evento completado en este periodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 events within target overall (%3 %).</source>
        <translation>%1 de %2 eventos dentro del objetivo en total (%3 %).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export service levels as CSV</source>
        <translation>Exportar los niveles de servicio como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export service-level report</source>
        <translation>Exportar el informe de niveles de servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing %1...</source>
        <translation>Escribiendo %1...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SloTargetsModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="-80"/>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Escalado</translation>
    </message>
</context>
<context>
    <name>syncline::ui::SnoozeDialog</name>
    <message>
        <location filename="../ui/dialogs/ExceptionDialogs.cpp" line="+12"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 days</source>
        <translation>3 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;For:</source>
        <translation>&amp;Durante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>syncline::ui::StatusPanel</name>
    <message>
        <location filename="../ui/StatusPanel.cpp" line="+33"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Engine: starting</source>
        <translation>Motor: iniciando</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine: running</source>
        <translation>Motor: en marcha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events/s</source>
        <translation>%1 eventos/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated %1</source>
        <translation>Actualizado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No update yet</source>
        <translation>Sin actualizaciones aún</translation>
    </message>
</context>
<context>
    <name>syncline::ui::UsersModel</name>
    <message>
        <location filename="../ui/models/SettingsModels.cpp" line="-112"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
</context>
</TS>
