<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Console</name>
    <message>
        <location filename="../app/syncline/Console.cpp" line="+38"/>
        <source>The engine could not be started.</source>
        <translation>No se pudo iniciar el motor.</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>main</name>
    <message>
        <location filename="../app/syncline/main.cpp" line="+78"/>
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
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the view &lt;id&gt; first (dashboard, feeds...).</source>
        <translation>Mostrar primero la vista &lt;id&gt; (dashboard, feeds...).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown view %1; the views are: %2.</source>
        <translation>Vista desconocida %1; las vistas son: %2.</translation>
    </message>
</context>
<context>
    <name>syncline::ui::DashboardView</name>
    <message>
        <location filename="../ui/views/DashboardView.cpp" line="+39"/>
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
        <translation>No entregables</translation>
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
        <location line="+4"/>
        <source>Events committed per second</source>
        <translation>Eventos confirmados por segundo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Throughput, last five minutes</source>
        <translation>Rendimiento de los últimos cinco minutos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
</context>
<context>
    <name>syncline::ui::EngineBridge</name>
    <message>
        <location filename="../ui/EngineBridge.cpp" line="+172"/>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
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
        <translation>No entregables</translation>
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
    <name>syncline::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+31"/>
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
</TS>
