<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BenchPage</name>
        <message>
            <source>Bench</source>
            <translation>Banco</translation>
        </message>
        <message>
            <source>Start the bench, then power up the phones on its switch. Each phone appears in the table and moves to verified on its own; the ones that need you say what to do.</source>
            <translation>Inicie el banco y después encienda los teléfonos conectados a su switch. Cada teléfono aparece en la tabla y llega solo a verified; los que le necesitan dicen qué hacer.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Iniciar</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>De&amp;tener</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Volver a iniciar</translation>
        </message>
        <message>
            <source>Stop the bench and start it again with the current settings.</source>
            <translation>Detener el banco e iniciarlo de nuevo con la configuración actual.</translation>
        </message>
        <message>
            <source>Phone counts</source>
            <translation>Recuento de teléfonos</translation>
        </message>
        <message>
            <source>Start without the stored &amp;passwords</source>
            <translation>Iniciar sin las &amp;contraseñas guardadas</translation>
        </message>
        <message>
            <source>Lines whose password the keychain could not give get none: those phones will not register until you add it.</source>
            <translation>Las líneas cuya contraseña no pudo dar el llavero se quedan sin ella: esos teléfonos no se registrarán hasta que la añada.</translation>
        </message>
        <message>
            <source>Show phones</source>
            <translation>Teléfonos mostrados</translation>
        </message>
        <message>
            <source>All phones</source>
            <translation>Todos los teléfonos</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En curso</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Requieren atención</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verificados</translation>
        </message>
        <message>
            <source>MAC, model or IP address</source>
            <translation>MAC, modelo o dirección IP</translation>
        </message>
        <message>
            <source>Search phones</source>
            <translation>Buscar teléfonos</translation>
        </message>
        <message>
            <source>Phones on the bench</source>
            <translation>Teléfonos en el banco</translation>
        </message>
        <message>
            <source>&amp;Hide guide</source>
            <translation>&amp;Ocultar guía</translation>
        </message>
        <message>
            <source>Hide the trust-list guide</source>
            <translation>Ocultar la guía de la lista de confianza</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Mo&amp;strar:</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>The bench is stopped. Press Next for the report, or Start to go on.</source>
            <translation>El banco está detenido. Siguiente muestra el informe; Iniciar continúa.</translation>
        </message>
        <message>
            <source>Press Start when the phones are cabled to the bench switch. Next skips to the report of the last bench.</source>
            <translation>Pulse Iniciar cuando los teléfonos estén conectados al switch del banco. Siguiente salta al informe del último banco.</translation>
        </message>
        <message>
            <source>Starting: reading passwords, opening the DHCP and TFTP servers…</source>
            <translation>Iniciando: leyendo contraseñas, abriendo los servidores DHCP y TFTP…</translation>
        </message>
        <message>
            <source>Running. Power up the phones; press Stop when you are done, then Next for the report.</source>
            <translation>En marcha. Encienda los teléfonos; pulse Detener cuando termine y después Siguiente para el informe.</translation>
        </message>
        <message>
            <source>Stopping and writing the report…</source>
            <translation>Deteniendo y escribiendo el informe…</translation>
        </message>
        <message>
            <source>%1 detected · %2 working · %3 need you · %4 verified · %5 failed</source>
            <translation>%1 detectados · %2 en curso · %3 le necesitan · %4 verificados · %5 fallidos</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 (%2) keeps a trust list.&lt;/b&gt; Erase it on the phone as shown; the bench goes on by itself.</source>
            <translation>&lt;b&gt;%1 (%2) conserva una lista de confianza.&lt;/b&gt; Bórrela en el teléfono como se muestra; el banco sigue solo.</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>modelo desconocido</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneDetails</name>
        <message>
            <source>Selected phone</source>
            <translation>Teléfono seleccionado</translation>
        </message>
        <message>
            <source>Event log of the selected phone</source>
            <translation>Registro de eventos del teléfono seleccionado</translation>
        </message>
        <message>
            <source>Select a phone to see its event log.</source>
            <translation>Seleccione un teléfono para ver su registro de eventos.</translation>
        </message>
        <message>
            <source>Unknown model</source>
            <translation>Modelo desconocido</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>número de serie %1</translation>
        </message>
        <message>
            <source>load %1 → %2</source>
            <translation>firmware %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneModel</name>
        <message>
            <source>Sent %1 (%2 in %3 s).</source>
            <translation>%1 enviado (%2 en %3 s).</translation>
        </message>
        <message>
            <source>Asked for %1, which this bench does not serve.</source>
            <translation>Pidió %1, que este banco no sirve.</translation>
        </message>
        <message>
            <source>Sending %1 failed: %2</source>
            <translation>El envío de %1 falló: %2</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Dirección IP</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Etapa</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Velocidad</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Tiempo restante</translation>
        </message>
        <message>
            <source>Current file</source>
            <translation>Archivo actual</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Runs %1; checked on its web page.</source>
            <translation>Funciona con %1; comprobado en su página web.</translation>
        </message>
    </context>
    <context>
        <name>BenchStageStyle</name>
        <message>
            <source>Found on the bench; waiting for it to ask for its files.</source>
            <translation>Encontrado en el banco; esperando a que pida sus archivos.</translation>
        </message>
        <message>
            <source>Its trust list makes it ignore this bench: erase the trust list on the phone.</source>
            <translation>Su lista de confianza le hace ignorar este banco: bórrela en el teléfono.</translation>
        </message>
        <message>
            <source>Reading its configuration.</source>
            <translation>Leyendo su configuración.</translation>
        </message>
        <message>
            <source>Loading the SIP firmware.</source>
            <translation>Cargando el firmware SIP.</translation>
        </message>
        <message>
            <source>Restarting with the new firmware.</source>
            <translation>Reiniciando con el nuevo firmware.</translation>
        </message>
        <message>
            <source>Runs SIP; checking its web page.</source>
            <translation>Funciona con SIP; comprobando su página web.</translation>
        </message>
        <message>
            <source>Converted and checked.</source>
            <translation>Convertido y comprobado.</translation>
        </message>
        <message>
            <source>Stopped: see the message for what to do.</source>
            <translation>Detenido: el mensaje indica qué hacer.</translation>
        </message>
        <message>
            <source>No traffic from it for a while: check its cable and power.</source>
            <translation>Sin tráfico desde hace un rato: compruebe su cable y su alimentación.</translation>
        </message>
        <message>
            <source>%1/s</source>
            <translation>%1/s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
    </context>
    <context>
        <name>BenchWizard</name>
        <message>
            <source>sccp2sip — Cisco phone bench</source>
            <translation>sccp2sip — banco de teléfonos Cisco</translation>
        </message>
        <message>
            <source>Show &amp;log</source>
            <translation>Mostrar &amp;registro</translation>
        </message>
    </context>
    <context>
        <name>ErrorMessages</name>
        <message>
            <source>DHCP</source>
            <translation>DHCP</translation>
        </message>
        <message>
            <source>TFTP</source>
            <translation>TFTP</translation>
        </message>
        <message>
            <source>UDP</source>
            <translation>UDP</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) is already in use.</source>
            <translation>El puerto UDP %1 (%2) ya está en uso.</translation>
        </message>
        <message>
            <source>Another %1 server is running on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Ya hay otro servidor %1 en este equipo (por ejemplo dnsmasq, Tftpd64 o la Conexión compartida a Internet de Windows).</translation>
        </message>
        <message>
            <source>It is held by %1.</source>
            <translation>Lo ocupa %1.</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again.</source>
            <translation>Cierre ese programa y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>sccp2sip may not open UDP port %1 (%2).</source>
            <translation>sccp2sip no tiene permiso para abrir el puerto UDP %1 (%2).</translation>
        </message>
        <message>
            <source>Windows refused the port, usually because the firewall blocks it.</source>
            <translation>Windows ha rechazado el puerto, normalmente porque el cortafuegos lo bloquea.</translation>
        </message>
        <message>
            <source>Allow sccp2sip in Windows Defender Firewall for all network profiles (the installer adds this rule), then press Check again.</source>
            <translation>Permita sccp2sip en el Firewall de Windows Defender para todos los perfiles de red (el instalador añade esta regla) y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>macOS refused the port.</source>
            <translation>macOS ha rechazado el puerto.</translation>
        </message>
        <message>
            <source>Allow incoming connections for sccp2sip in System Settings &gt; Network &gt; Firewall, then press Check again.</source>
            <translation>Permita las conexiones entrantes de sccp2sip en Ajustes del Sistema &gt; Red &gt; Firewall y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights or the network capabilities on this program.</source>
            <translation>Los puertos por debajo de 1024 requieren permisos de administrador o las capacidades de red en este programa.</translation>
        </message>
        <message>
            <source>Run the command below once in a terminal, or press Restart as administrator.</source>
            <translation>Ejecute una vez el comando de abajo en un terminal, o pulse «Reiniciar como administrador».</translation>
        </message>
        <message>
            <source>The address for UDP port %1 (%2) does not exist on this computer.</source>
            <translation>La dirección del puerto UDP %1 (%2) no existe en este equipo.</translation>
        </message>
        <message>
            <source>The network card lost its address or was unplugged.</source>
            <translation>La tarjeta de red ha perdido su dirección o se ha desconectado.</translation>
        </message>
        <message>
            <source>Plug the card in, wait until it has an address, then press Check again.</source>
            <translation>Conecte la tarjeta, espere a que tenga dirección y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) could not be opened.</source>
            <translation>No se pudo abrir el puerto UDP %1 (%2).</translation>
        </message>
        <message>
            <source>The operating system reported a socket error.</source>
            <translation>El sistema operativo ha informado de un error de socket.</translation>
        </message>
        <message>
            <source>Open Details for the exact reason, then press Check again.</source>
            <translation>Abra «Detalles» para ver el motivo exacto y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>No se encontró el archivo.</translation>
        </message>
        <message>
            <source>It was moved, renamed or is on a drive that is not connected.</source>
            <translation>Se ha movido, se ha cambiado de nombre o está en una unidad no conectada.</translation>
        </message>
        <message>
            <source>Choose the file again.</source>
            <translation>Vuelva a elegir el archivo.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>No se pudo leer el archivo.</translation>
        </message>
        <message>
            <source>You may not have permission to read it, or the disk reported an error.</source>
            <translation>Puede que no tenga permiso para leerlo, o el disco ha informado de un error.</translation>
        </message>
        <message>
            <source>Copy the file to your home folder and choose the copy.</source>
            <translation>Copie el archivo a su carpeta personal y elija la copia.</translation>
        </message>
        <message>
            <source>sccp2sip could not write to its data folder.</source>
            <translation>sccp2sip no pudo escribir en su carpeta de datos.</translation>
        </message>
        <message>
            <source>The disk is full or the folder is read-only.</source>
            <translation>El disco está lleno o la carpeta es de solo lectura.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then try again.</source>
            <translation>Libere espacio en disco o corrija los permisos de la carpeta e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>La operación se ha cancelado.</translation>
        </message>
        <message>
            <source>You stopped it before it finished.</source>
            <translation>La detuvo antes de que terminara.</translation>
        </message>
        <message>
            <source>Start it again when you are ready.</source>
            <translation>Vuelva a iniciarla cuando esté listo.</translation>
        </message>
        <message>
            <source>sccp2sip stopped with an error it has no explanation for yet (%1).</source>
            <translation>sccp2sip se detuvo por un error que aún no sabe explicar (%1).</translation>
        </message>
        <message>
            <source>This should not happen.</source>
            <translation>Esto no debería ocurrir.</translation>
        </message>
        <message>
            <source>Open Details, and send the log file (Show log) with a description of what you did.</source>
            <translation>Abra «Detalles» y envíe el archivo de registro («Mostrar registro») con una descripción de lo que hizo.</translation>
        </message>
        <message>
            <source>The download is larger than any Cisco phone firmware bundle.</source>
            <translation>La descarga es más grande que cualquier paquete de firmware de teléfonos Cisco.</translation>
        </message>
        <message>
            <source>It is probably not a firmware bundle, or it bundles much more than phone firmware.</source>
            <translation>Probablemente no es un paquete de firmware, o contiene mucho más que el firmware de los teléfonos.</translation>
        </message>
        <message>
            <source>Choose the firmware file for your phone model (zip, tar or cop.sgn).</source>
            <translation>Elija el archivo de firmware de su modelo de teléfono (zip, tar o cop.sgn).</translation>
        </message>
        <message>
            <source>The file is not an archive sccp2sip can read.</source>
            <translation>El archivo no es un archivo comprimido que sccp2sip pueda leer.</translation>
        </message>
        <message>
            <source>It is damaged, incomplete, or in a format other than zip, tar, tar.gz or cop.sgn.</source>
            <translation>Está dañado, incompleto o en un formato distinto de zip, tar, tar.gz o cop.sgn.</translation>
        </message>
        <message>
            <source>Download the bundle again and import the new copy.</source>
            <translation>Descargue de nuevo el paquete e importe la copia nueva.</translation>
        </message>
        <message>
            <source>A file in the bundle is damaged.</source>
            <translation>Un archivo del paquete está dañado.</translation>
        </message>
        <message>
            <source>Its Cisco signature header or contents do not match a phone firmware file.</source>
            <translation>Su cabecera de firma de Cisco o su contenido no corresponden a un archivo de firmware de teléfono.</translation>
        </message>
        <message>
            <source>Download the bundle again from Cisco and import the new copy.</source>
            <translation>Descargue de nuevo el paquete de Cisco e importe la copia nueva.</translation>
        </message>
        <message>
            <source>The bundle is missing a file its .loads list names.</source>
            <translation>Al paquete le falta un archivo que nombra su lista .loads.</translation>
        </message>
        <message>
            <source>Phones would stop halfway through the upgrade.</source>
            <translation>Los teléfonos se quedarían a mitad de la actualización.</translation>
        </message>
        <message>
            <source>Import the complete bundle (the whole zip, not single files).</source>
            <translation>Importe el paquete completo (todo el zip, no archivos sueltos).</translation>
        </message>
        <message>
            <source>A file in the bundle is shorter than it should be.</source>
            <translation>Un archivo del paquete es más corto de lo que debería.</translation>
        </message>
        <message>
            <source>The download was interrupted.</source>
            <translation>La descarga se interrumpió.</translation>
        </message>
        <message>
            <source>The bundle is for phones sccp2sip does not know.</source>
            <translation>El paquete es para teléfonos que sccp2sip no conoce.</translation>
        </message>
        <message>
            <source>Its load name matches no 79xx family in the catalog.</source>
            <translation>Su nombre de load no corresponde a ninguna familia 79xx del catálogo.</translation>
        </message>
        <message>
            <source>Check that you downloaded firmware for a Cisco 79xx phone.</source>
            <translation>Compruebe que ha descargado firmware para un teléfono Cisco 79xx.</translation>
        </message>
        <message>
            <source>The bundle holds SCCP firmware, not SIP.</source>
            <translation>El paquete contiene firmware SCCP, no SIP.</translation>
        </message>
        <message>
            <source>Serving it would keep the phones on SCCP.</source>
            <translation>Servirlo dejaría los teléfonos en SCCP.</translation>
        </message>
        <message>
            <source>Import the SIP bundle for this model (its name starts with SIP or P0S3).</source>
            <translation>Importe el paquete SIP de este modelo (su nombre empieza por SIP o P0S3).</translation>
        </message>
        <message>
            <source>The firmware library could not be updated.</source>
            <translation>No se pudo actualizar la biblioteca de firmware.</translation>
        </message>
        <message>
            <source>sccp2sip could not write the bundle into its data folder.</source>
            <translation>sccp2sip no pudo escribir el paquete en su carpeta de datos.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then import again.</source>
            <translation>Libere espacio en disco o corrija los permisos de la carpeta y vuelva a importar.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used.</source>
            <translation>No se puede usar el llavero del sistema.</translation>
        </message>
        <message>
            <source>Passwords are kept only in the system keychain, and none is running or it is locked.</source>
            <translation>Las contraseñas se guardan solo en el llavero del sistema, y no hay ninguno en marcha o está bloqueado.</translation>
        </message>
        <message>
            <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and unlock it, then enter the passwords again.</source>
            <translation>Inicie una sesión de escritorio con un llavero (GNOME Keyring o KWallet), desbloquéelo y vuelva a introducir las contraseñas.</translation>
        </message>
        <message>
            <source>Unlock the system keychain, then enter the passwords again.</source>
            <translation>Desbloquee el llavero del sistema y vuelva a introducir las contraseñas.</translation>
        </message>
        <message>
            <source>No password is stored for this line.</source>
            <translation>No hay ninguna contraseña guardada para esta línea.</translation>
        </message>
        <message>
            <source>It was never entered on this computer, or it was removed from the keychain.</source>
            <translation>Nunca se introdujo en este equipo, o se eliminó del llavero.</translation>
        </message>
        <message>
            <source>Enter the password in the table.</source>
            <translation>Introduzca la contraseña en la tabla.</translation>
        </message>
        <message>
            <source>The inventory file cannot be used.</source>
            <translation>No se puede usar el archivo de inventario.</translation>
        </message>
        <message>
            <source>It is not a CSV file with a header row that names at least the mac and extension columns.</source>
            <translation>No es un archivo CSV con una fila de cabecera que nombre al menos las columnas mac y extension.</translation>
        </message>
        <message>
            <source>Export an inventory from sccp2sip to see the expected columns, fix the file, and import it again.</source>
            <translation>Exporte un inventario desde sccp2sip para ver las columnas esperadas, corrija el archivo e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved.</source>
            <translation>No se pudo guardar el archivo %1.</translation>
        </message>
        <message>
            <source>The folder is read-only or does not exist, the disk is full, or another program has the file open.</source>
            <translation>La carpeta es de solo lectura o no existe, el disco está lleno, u otro programa tiene el archivo abierto.</translation>
        </message>
        <message>
            <source>Choose another folder, for example your Documents folder, and save again.</source>
            <translation>Elija otra carpeta, por ejemplo «Documentos», y vuelva a guardar.</translation>
        </message>
        <message>
            <source>An extension is not valid.</source>
            <translation>Una extensión no es válida.</translation>
        </message>
        <message>
            <source>It is empty or has characters a SIP account name cannot have.</source>
            <translation>Está vacía o tiene caracteres que un nombre de cuenta SIP no admite.</translation>
        </message>
        <message>
            <source>Enter the extension as your PBX names the account, for example 201.</source>
            <translation>Escriba la extensión como la llama su centralita, por ejemplo 201.</translation>
        </message>
        <message>
            <source>A SIP password cannot be used.</source>
            <translation>No se puede usar una contraseña SIP.</translation>
        </message>
        <message>
            <source>It has characters the phone's configuration file cannot hold, such as line breaks.</source>
            <translation>Tiene caracteres que el archivo de configuración del teléfono no admite, como saltos de línea.</translation>
        </message>
        <message>
            <source>Enter the password exactly as the PBX has it, without line breaks or control characters.</source>
            <translation>Escriba la contraseña exactamente como está en la centralita, sin saltos de línea ni caracteres de control.</translation>
        </message>
        <message>
            <source>A line label cannot be used.</source>
            <translation>No se puede usar una etiqueta de línea.</translation>
        </message>
        <message>
            <source>It is too long for the phone's screen or has control characters.</source>
            <translation>Es demasiado larga para la pantalla del teléfono o tiene caracteres de control.</translation>
        </message>
        <message>
            <source>Use a shorter label made of ordinary characters.</source>
            <translation>Use una etiqueta más corta con caracteres normales.</translation>
        </message>
        <message>
            <source>The PBX address is not valid.</source>
            <translation>La dirección de la centralita no es válida.</translation>
        </message>
        <message>
            <source>It is neither an IP address nor a host name.</source>
            <translation>No es ni una dirección IP ni un nombre de host.</translation>
        </message>
        <message>
            <source>Enter the PBX as an address (192.168.1.10) or a host name (pbx.example.com), without "sip:" and without a port.</source>
            <translation>Escriba la centralita como dirección (192.168.1.10) o nombre de host (pbx.example.com), sin «sip:» y sin puerto.</translation>
        </message>
        <message>
            <source>The SIP port is out of range.</source>
            <translation>El puerto SIP está fuera de rango.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>Un puerto es un número de 1 a 65535.</translation>
        </message>
        <message>
            <source>Enter the PBX's SIP port, usually 5060.</source>
            <translation>Escriba el puerto SIP de la centralita, normalmente 5060.</translation>
        </message>
        <message>
            <source>There are more phones than free extensions.</source>
            <translation>Hay más teléfonos que extensiones libres.</translation>
        </message>
        <message>
            <source>Every extension of the range for new phones is taken.</source>
            <translation>Todas las extensiones del rango para teléfonos nuevos están ocupadas.</translation>
        </message>
        <message>
            <source>Widen the range, or add rows for the extra phones to the inventory.</source>
            <translation>Amplíe el rango o añada al inventario filas para los teléfonos adicionales.</translation>
        </message>
        <message>
            <source>A setting has a value sccp2sip cannot use.</source>
            <translation>Un ajuste tiene un valor que sccp2sip no puede usar.</translation>
        </message>
        <message>
            <source>It is empty, out of range or in the wrong form.</source>
            <translation>Está vacío, fuera de rango o mal escrito.</translation>
        </message>
        <message>
            <source>Open Details to see which setting, correct it, and try again.</source>
            <translation>Abra «Detalles» para ver qué ajuste es, corríjalo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The list of phone models is damaged.</source>
            <translation>La lista de modelos de teléfono está dañada.</translation>
        </message>
        <message>
            <source>The model catalog failed its checks, so phones cannot be recognised.</source>
            <translation>El catálogo de modelos no superó sus comprobaciones, así que no se pueden reconocer los teléfonos.</translation>
        </message>
        <message>
            <source>Install sccp2sip again. If you gave it your own catalog file, fix the entry Details names.</source>
            <translation>Vuelva a instalar sccp2sip. Si le dio su propio catálogo, corrija la entrada que indica «Detalles».</translation>
        </message>
        <message>
            <source>This phone model is not one sccp2sip knows.</source>
            <translation>sccp2sip no conoce este modelo de teléfono.</translation>
        </message>
        <message>
            <source>It is not a Cisco 79xx phone, or a model the catalog does not list.</source>
            <translation>No es un teléfono Cisco 79xx, o es un modelo que el catálogo no incluye.</translation>
        </message>
        <message>
            <source>Check the model on the label under the phone: only Cisco 79xx phones can be converted here.</source>
            <translation>Compruebe el modelo en la etiqueta bajo el teléfono: aquí solo se pueden convertir teléfonos Cisco 79xx.</translation>
        </message>
        <message>
            <source>The chosen network card is not there any more.</source>
            <translation>La tarjeta de red elegida ya no está.</translation>
        </message>
        <message>
            <source>It was unplugged, switched off or renamed (a USB adapter gets a new name in another port).</source>
            <translation>Se desconectó, se apagó o cambió de nombre (un adaptador USB recibe otro nombre en otro puerto).</translation>
        </message>
        <message>
            <source>Plug it in, then choose it again on the Network page.</source>
            <translation>Conéctela y vuelva a elegirla en la página Red.</translation>
        </message>
        <message>
            <source>The network card has no IPv4 address.</source>
            <translation>La tarjeta de red no tiene dirección IPv4.</translation>
        </message>
        <message>
            <source>The bench serves DHCP from the card's own address, and a card cabled to a phone switch gets none by itself.</source>
            <translation>El banco sirve DHCP desde la dirección de la propia tarjeta, y una tarjeta conectada al switch de los teléfonos no recibe ninguna por sí sola.</translation>
        </message>
        <message>
            <source>Give the card a fixed address, for example 10.79.0.1 with mask 255.255.255.0, then choose it again.</source>
            <translation>Asigne a la tarjeta una dirección fija, por ejemplo 10.79.0.1 con máscara 255.255.255.0, y vuelva a elegirla.</translation>
        </message>
        <message>
            <source>The card's address does not exist on this computer any more.</source>
            <translation>La dirección de la tarjeta ya no existe en este equipo.</translation>
        </message>
        <message>
            <source>A server port is already in use.</source>
            <translation>Un puerto de servidor ya está en uso.</translation>
        </message>
        <message>
            <source>Another DHCP or TFTP server runs on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Otro servidor DHCP o TFTP se ejecuta en este equipo (por ejemplo dnsmasq, Tftpd64 o la Conexión compartida a Internet de Windows).</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again on the first page.</source>
            <translation>Cierre ese programa y pulse «Comprobar de nuevo» en la primera página.</translation>
        </message>
        <message>
            <source>sccp2sip may not open the DHCP and TFTP ports.</source>
            <translation>sccp2sip no tiene permiso para abrir los puertos DHCP y TFTP.</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights, or the firewall blocks them.</source>
            <translation>Los puertos por debajo de 1024 requieren derechos de administrador, o el cortafuegos los bloquea.</translation>
        </message>
        <message>
            <source>The first page shows the fix for this computer; apply it, then press Check again.</source>
            <translation>La primera página muestra la solución para este equipo; aplíquela y pulse «Comprobar de nuevo».</translation>
        </message>
        <message>
            <source>The network card reported an error.</source>
            <translation>La tarjeta de red ha informado de un error.</translation>
        </message>
        <message>
            <source>The operating system refused to send or receive on it.</source>
            <translation>El sistema operativo se negó a enviar o recibir por ella.</translation>
        </message>
        <message>
            <source>Check the cable and the card, then try again; Details has the system's reason.</source>
            <translation>Compruebe el cable y la tarjeta y vuelva a intentarlo; «Detalles» muestra el motivo del sistema.</translation>
        </message>
        <message>
            <source>A device sent a message sccp2sip cannot read.</source>
            <translation>Un dispositivo envió un mensaje que sccp2sip no puede leer.</translation>
        </message>
        <message>
            <source>It is damaged or not meant for this server; it was ignored and the bench keeps serving.</source>
            <translation>Está dañado o no va dirigido a este servidor; se ignoró y el banco sigue sirviendo.</translation>
        </message>
        <message>
            <source>Nothing to do unless it repeats; then find the sender's address in the log.</source>
            <translation>No hay nada que hacer salvo que se repita; en ese caso, busque la dirección del remitente en el registro.</translation>
        </message>
        <message>
            <source>A device asked for a file outside the bench's folders.</source>
            <translation>Un dispositivo pidió un archivo fuera de las carpetas del banco.</translation>
        </message>
        <message>
            <source>Names with ".." are refused, so nothing else on this computer can be read.</source>
            <translation>Los nombres con «..» se rechazan para que no se pueda leer nada más de este equipo.</translation>
        </message>
        <message>
            <source>Nothing to do: phones never ask for such names. If it repeats, find the device by its address in the log.</source>
            <translation>No hay nada que hacer: los teléfonos nunca piden esos nombres. Si se repite, busque el dispositivo por su dirección en el registro.</translation>
        </message>
        <message>
            <source>A phone's configuration file was refused to a device.</source>
            <translation>Se denegó a un dispositivo el archivo de configuración de un teléfono.</translation>
        </message>
        <message>
            <source>It holds the phone's settings and password, and only goes to the address the phone was leased.</source>
            <translation>Contiene los ajustes y la contraseña del teléfono y solo se entrega a la dirección asignada a ese teléfono.</translation>
        </message>
        <message>
            <source>If a real phone was refused, unplug it and plug it back in so it asks for its address again.</source>
            <translation>Si se rechazó un teléfono real, desconéctelo y vuelva a conectarlo para que pida de nuevo su dirección.</translation>
        </message>
        <message>
            <source>A phone stopped answering during a file transfer.</source>
            <translation>Un teléfono dejó de responder durante una transferencia de archivo.</translation>
        </message>
        <message>
            <source>It rebooted, lost its cable, or the network drops packets.</source>
            <translation>Se reinició, perdió el cable, o la red pierde paquetes.</translation>
        </message>
        <message>
            <source>Check the phone's cable and switch port; after a reboot the phone asks again by itself.</source>
            <translation>Compruebe el cable y el puerto del switch del teléfono; tras reiniciarse, el teléfono vuelve a pedir por sí solo.</translation>
        </message>
        <message>
            <source>A phone stopped a file transfer.</source>
            <translation>Un teléfono interrumpió una transferencia de archivo.</translation>
        </message>
        <message>
            <source>It reported an error or restarted in the middle of the file.</source>
            <translation>Informó de un error o se reinició a mitad del archivo.</translation>
        </message>
        <message>
            <source>Wait: phones try again by themselves. If the same file fails again, import its bundle again on the Firmware page.</source>
            <translation>Espere: los teléfonos lo vuelven a intentar solos. Si el mismo archivo vuelve a fallar, importe de nuevo su paquete en la página Firmware.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this network.</source>
            <translation>Otro servidor DHCP responde en esta red.</translation>
        </message>
        <message>
            <source>Phones would take their address and TFTP server from it and never reach this bench.</source>
            <translation>Los teléfonos tomarían de él su dirección y su servidor TFTP y nunca llegarían a este banco.</translation>
        </message>
        <message>
            <source>Unplug the bench switch from the office network or switch that server off. Use the existing server (Network page) only if it sends phones to this computer.</source>
            <translation>Desconecte el switch del banco de la red de la oficina o apague ese servidor. Use el servidor existente (página Red) solo si envía los teléfonos a este equipo.</translation>
        </message>
        <message>
            <source>Every address of the pool is in use.</source>
            <translation>Todas las direcciones del rango están en uso.</translation>
        </message>
        <message>
            <source>More devices asked for an address than the pool holds.</source>
            <translation>Más dispositivos pidieron dirección de las que tiene el rango.</translation>
        </message>
        <message>
            <source>Widen the pool or shorten the lease time on the Network page, then restart the bench.</source>
            <translation>Amplíe el rango o acorte la duración de la concesión en la página Red y reinicie el banco.</translation>
        </message>
        <message>
            <source>The saved address leases could not be read.</source>
            <translation>No se pudieron leer las concesiones de direcciones guardadas.</translation>
        </message>
        <message>
            <source>The file in the state folder is damaged, for example after a crash; the bench starts without them.</source>
            <translation>El archivo de la carpeta de estado está dañado, por ejemplo tras un cierre inesperado; el banco arranca sin ellas.</translation>
        </message>
        <message>
            <source>Nothing to do: phones get new addresses. Unplug and replug a phone that does not show up.</source>
            <translation>No hay nada que hacer: los teléfonos reciben direcciones nuevas. Desconecte y vuelva a conectar un teléfono que no aparezca.</translation>
        </message>
        <message>
            <source>A phone's web page could not be read.</source>
            <translation>No se pudo leer la página web de un teléfono.</translation>
        </message>
        <message>
            <source>Its web server is off or did not answer; an old call manager often switches it off.</source>
            <translation>Su servidor web está desactivado o no respondió; un call manager antiguo suele desactivarlo.</translation>
        </message>
        <message>
            <source>Nothing to do while the bench retries. To check by hand, open the phone's address in a browser.</source>
            <translation>No hay nada que hacer mientras el banco lo reintenta. Para comprobarlo a mano, abra la dirección del teléfono en un navegador.</translation>
        </message>
        <message>
            <source>A phone did not answer in time.</source>
            <translation>Un teléfono no respondió a tiempo.</translation>
        </message>
        <message>
            <source>Flashing firmware and rebooting can keep a phone silent for several minutes.</source>
            <translation>Grabar el firmware y reiniciarse puede dejar a un teléfono en silencio varios minutos.</translation>
        </message>
        <message>
            <source>Wait a few minutes; if it stays silent, check its cable and power.</source>
            <translation>Espere unos minutos; si sigue en silencio, compruebe su cable y su alimentación.</translation>
        </message>
        <message>
            <source>The %1 phone</source>
            <translation>El teléfono %1</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>El teléfono</translation>
        </message>
        <message>
            <source>%1 has no SIP firmware to convert to.</source>
            <translation>%1: no hay firmware SIP al que convertirlo.</translation>
        </message>
        <message>
            <source>No SIP bundle for its family (%1) is in the firmware library.</source>
            <translation>La biblioteca de firmware no tiene ningún paquete SIP para su familia (%1).</translation>
        </message>
        <message>
            <source>On the Firmware page, import the Cisco SIP bundle for %1 (its load names start with %1), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>En la página Firmware, importe el paquete SIP de Cisco para %1 (sus nombres de load empiezan por %1), reinicie el banco y desconecte y vuelva a conectar el teléfono.</translation>
        </message>
        <message>
            <source>%1 keeps rebooting on the same firmware.</source>
            <translation>%1 se reinicia una y otra vez con el mismo firmware.</translation>
        </message>
        <message>
            <source>%1 runs firmware older than 8.3(3) (%2).</source>
            <translation>%1 tiene un firmware anterior a 8.3(3) (%2).</translation>
        </message>
        <message>
            <source>A phone below 8.3(3) must first get a jump load between 8.3(3) and 8.5(2); going straight to 9.x makes it reboot in a loop.</source>
            <translation>Un teléfono por debajo de 8.3(3) necesita primero una versión intermedia (jump load) entre 8.3(3) y 8.5(2); pasar directamente a 9.x lo deja reiniciándose en bucle.</translation>
        </message>
        <message>
            <source>On the Firmware page, import an 8.3(3) to 8.5(2) bundle for %1 (SCCP 8.5(2) works), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>En la página Firmware, importe un paquete de 8.3(3) a 8.5(2) para %1 (SCCP 8.5(2) sirve), reinicie el banco y desconecte y vuelva a conectar el teléfono.</translation>
        </message>
        <message>
            <source>%1 keeps loading the same firmware without starting SIP, even after the jump load.</source>
            <translation>%1 carga una y otra vez el mismo firmware sin arrancar en SIP, incluso tras la versión intermedia.</translation>
        </message>
        <message>
            <source>The new firmware does not stick: the bundle may not fit this model, or the phone's flash is damaged.</source>
            <translation>El nuevo firmware no se queda: puede que el paquete no sea para este modelo o que la memoria flash del teléfono esté dañada.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then factory reset the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Compruebe que el paquete de la página Firmware es para este modelo. Después restablezca el teléfono de fábrica: enciéndalo manteniendo #, marque %1 y deje que cargue de nuevo. Si sigue en bucle, el teléfono necesita reparación.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then format the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Compruebe que el paquete de la página Firmware es para este modelo. Después formatee el teléfono: enciéndalo manteniendo #, marque %1 y deje que cargue de nuevo. Si sigue en bucle, el teléfono necesita reparación.</translation>
        </message>
        <message>
            <source>A phone's configuration was refused to another address.</source>
            <translation>Se denegó la configuración de un teléfono a otra dirección.</translation>
        </message>
        <message>
            <source>It holds the phone's password, so the bench gives it only to the address it leased to that phone.</source>
            <translation>Contiene la contraseña del teléfono, así que el banco solo la entrega a la dirección que asignó a ese teléfono.</translation>
        </message>
        <message>
            <source>If the phone itself moved to a new address, unplug it and plug it back in. Otherwise look for the device in the log: it asked for a file that is not its own.</source>
            <translation>Si el propio teléfono cambió de dirección, desconéctelo y vuelva a conectarlo. Si no, busque el dispositivo en el registro: pidió un archivo que no es suyo.</translation>
        </message>
        <message>
            <source>The first address that asked for a phone's configuration now receives it.</source>
            <translation>La primera dirección que pidió la configuración de un teléfono la recibe a partir de ahora.</translation>
        </message>
        <message>
            <source>With the existing DHCP server the bench cannot check which device owns a MAC address.</source>
            <translation>Con el servidor DHCP existente, el banco no puede comprobar a qué dispositivo pertenece una dirección MAC.</translation>
        </message>
        <message>
            <source>Make sure only the phones you convert are on this network, or let sccp2sip run DHCP (Network page).</source>
            <translation>Asegúrese de que en esta red solo estén los teléfonos que convierte, o deje que sccp2sip sirva el DHCP (página Red).</translation>
        </message>
        <message>
            <source>%1 has been silent for several minutes.</source>
            <translation>%1 lleva varios minutos en silencio.</translation>
        </message>
        <message>
            <source>Flashing takes a few minutes, but this is longer: it may have lost power or its cable, or it waits for a key press on its screen.</source>
            <translation>Grabar el firmware lleva unos minutos, pero esto es más: puede haber perdido la alimentación o el cable, o espera que se pulse una tecla en pantalla.</translation>
        </message>
        <message>
            <source>Look at the phone's screen, check its cable and power, then unplug it and plug it back in.</source>
            <translation>Mire la pantalla del teléfono, compruebe su cable y su alimentación, y desconéctelo y vuelva a conectarlo.</translation>
        </message>
        <message>
            <source>%1 does not run the firmware it was given.</source>
            <translation>%1 no ejecuta el firmware que se le dio.</translation>
        </message>
        <message>
            <source>%1 runs %2, not %3.</source>
            <translation>%1 ejecuta %2, no %3.</translation>
        </message>
        <message>
            <source>It kept its old firmware or loaded another server's: an "Alternate TFTP" setting on the phone or a second DHCP server can send it elsewhere.</source>
            <translation>Conservó su firmware antiguo o cargó el de otro servidor: un ajuste «Alternate TFTP» en el teléfono o un segundo servidor DHCP pueden enviarlo a otro sitio.</translation>
        </message>
        <message>
            <source>Make sure this bench is the only DHCP server, then factory reset the phone (power it up holding #, type %1) so it loads the firmware again.</source>
            <translation>Asegúrese de que este banco es el único servidor DHCP y restablezca el teléfono de fábrica (enciéndalo manteniendo #, marque %1) para que cargue de nuevo el firmware.</translation>
        </message>
        <message>
            <source>%1 reached SIP, but its web page could not confirm the firmware.</source>
            <translation>%1 llegó a SIP, pero su página web no pudo confirmar el firmware.</translation>
        </message>
        <message>
            <source>Its web server is off (an old call manager may have switched it off) or the phone restarted while being asked.</source>
            <translation>Su servidor web está desactivado (puede que lo desactivara un call manager antiguo) o el teléfono se reinició durante la consulta.</translation>
        </message>
        <message>
            <source>Read the firmware version on the phone under Settings &gt; Model Information. If it starts with SIP, the phone is converted; otherwise restart the bench and power-cycle the phone.</source>
            <translation>Lea la versión de firmware en el teléfono en Settings &gt; Model Information. Si empieza por SIP, el teléfono está convertido; si no, reinicie el banco y apague y encienda el teléfono.</translation>
        </message>
        <message>
            <source>%1 still holds the trust list of its old call manager.</source>
            <translation>%1 conserva la lista de confianza de su antiguo call manager.</translation>
        </message>
        <message>
            <source>It asks for signed files and ignores the unsigned configuration this bench serves.</source>
            <translation>Pide archivos firmados e ignora la configuración sin firmar que sirve este banco.</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Desconecte el teléfono y vuelva a encenderlo manteniendo pulsada la tecla #.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Suelte # y marque %1.</translation>
        </message>
        <message>
            <source>If it still asks for signed files, do the same with %1 (format: the phone also loads its firmware again).</source>
            <translation>Si sigue pidiendo archivos firmados, haga lo mismo con %1 (formateo: el teléfono también vuelve a cargar su firmware).</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3, press %4 and confirm. When it then asks for its plain configuration, it is free.</source>
            <translation>En el teléfono pulse Settings, abra %1, marque %2 para desbloquear, seleccione %3, pulse %4 y confirme. Cuando después pida su configuración sin firmar, estará libre.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3 and press %4. When it then asks for its plain configuration, it is free.</source>
            <translation>En el teléfono pulse Settings, abra %1, marque %2 para desbloquear, seleccione %3 y pulse %4. Cuando después pida su configuración sin firmar, estará libre.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open Security Configuration &gt; Trust List, type **# to unlock, and erase the CTL and ITL files. If there is no such menu, factory reset the phone: power it up holding #, then type %1.</source>
            <translation>En el teléfono pulse Settings, abra Security Configuration &gt; Trust List, marque **# para desbloquear y borre los archivos CTL e ITL. Si no existe ese menú, restablezca el teléfono de fábrica: enciéndalo manteniendo # y marque %1.</translation>
        </message>
        <message>
            <source>this model</source>
            <translation>este modelo</translation>
        </message>
        <message>
            <source>SIP over TLS is not offered.</source>
            <translation>No se ofrece SIP sobre TLS.</translation>
        </message>
        <message>
            <source>A 79xx phone registers over TLS only with the PBX's certificate in a trust list signed by a key it already trusts, which only a Cisco call manager can make; a TLS config would never register.</source>
            <translation>Un teléfono 79xx solo se registra por TLS con el certificado de la centralita en una lista de confianza firmada por una clave en la que ya confía, y eso solo lo puede crear un Cisco Call Manager; una configuración TLS nunca se registraría.</translation>
        </message>
        <message>
            <source>Choose UDP (or TCP if the PBX listens on it).</source>
            <translation>Elija UDP (o TCP si la centralita lo escucha).</translation>
        </message>
        <message>
            <source>A phone refused the address it was given.</source>
            <translation>Un teléfono rechazó la dirección que se le asignó.</translation>
        </message>
        <message>
            <source>Another device on the bench answers for that address (a static address, or a second DHCP server's lease); the phone asks again and gets another one.</source>
            <translation>Otro dispositivo del banco responde por esa dirección (una dirección fija o la concesión de un segundo servidor DHCP); el teléfono vuelve a pedir y recibe otra.</translation>
        </message>
        <message>
            <source>Nothing to do if the phone carries on. If it happens again, find the device with that address (Details) and unplug it or move it out of the pool.</source>
            <translation>No hay nada que hacer si el teléfono sigue adelante. Si vuelve a ocurrir, busque el dispositivo con esa dirección (Detalles) y desconéctelo o sáquelo del rango.</translation>
        </message>
        <message>
            <source>The PBX host name cannot be resolved on this computer.</source>
            <translation>El nombre de host de la centralita no se puede resolver en este equipo.</translation>
        </message>
        <message>
            <source>Without its address the phones would never register: they cannot look it up themselves unless they are given a DNS server that knows it.</source>
            <translation>Sin su dirección los teléfonos nunca se registrarían: no pueden resolverlo por sí mismos a menos que reciban un servidor DNS que lo conozca.</translation>
        </message>
        <message>
            <source>Check the spelling and this computer's network, or enter the PBX's IP address instead.</source>
            <translation>Compruebe la ortografía y la red de este equipo, o introduzca en su lugar la dirección IP de la centralita.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <source>Show technical details</source>
            <translation>Mostrar detalles técnicos</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>Detalles técnicos</translation>
        </message>
    </context>
    <context>
        <name>FirmwareLibraryModel</name>
        <message>
            <source>Ready (jump load)</source>
            <translation>Listo (load intermedio)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>%1 files, %2</source>
            <translation>%1 archivos, %2</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocolo</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
    </context>
    <context>
        <name>FirmwarePage</name>
        <message>
            <source>Firmware</source>
            <translation>Firmware</translation>
        </message>
        <message>
            <source>Import the Cisco firmware bundles you own: the SIP load for each phone model and, for phones older than 8.3(3), a jump load. Drop files here or choose them.</source>
            <translation>Importe los paquetes de firmware de Cisco que posee: el load SIP de cada modelo de teléfono y, para teléfonos anteriores a 8.3(3), un load intermedio. Suelte aquí los archivos o elíjalos.</translation>
        </message>
        <message>
            <source>Firmware library</source>
            <translation>Biblioteca de firmware</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>&amp;Biblioteca:</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>&amp;Importar paquetes…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Import firmware bundles</source>
            <translation>Importar paquetes de firmware</translation>
        </message>
        <message>
            <source>Firmware bundles (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</source>
            <translation>Paquetes de firmware (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importando %1…</translation>
        </message>
        <message>
            <source>No phone model has a SIP load yet.</source>
            <translation>Ningún modelo de teléfono tiene todavía un load SIP.</translation>
        </message>
        <message>
            <source>SIP load ready for: %1.</source>
            <translation>Load SIP listo para: %1.</translation>
        </message>
        <message>
            <source>Still without one: %1.</source>
            <translation>Todavía sin él: %1.</translation>
        </message>
        <message>
            <source>No jump load for %1: phones running firmware older than 8.3(3) need an 8.3(3) to 8.5(2) load first, or they keep rebooting.</source>
            <translation>No hay load intermedio para %1: los teléfonos con firmware anterior a 8.3(3) necesitan primero un load entre 8.3(3) y 8.5(2), o se reinician sin parar.</translation>
        </message>
        <message>
            <source>Import at least one SIP firmware bundle: without it no phone can be converted.</source>
            <translation>Importe al menos un paquete de firmware SIP: sin él no se puede convertir ningún teléfono.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTableModel</name>
        <message>
            <source>MAC address</source>
            <translation>Dirección MAC</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extensión</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Usuario de autenticación</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
    </context>
    <context>
        <name>IssueMessages</name>
        <message>
            <source>MAC address</source>
            <translation>Dirección MAC</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Extensión</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Usuario de autenticación</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nombre visible</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Etiqueta</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Dirección de la centralita</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>Puerto SIP</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>Servidor NTP</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>required; enter a value.</source>
            <translation>obligatorio; introduzca un valor.</translation>
        </message>
        <message>
            <source>not set; recommended.</source>
            <translation>sin definir; recomendado.</translation>
        </message>
        <message>
            <source>contains characters the phone or the PBX does not accept; use letters, digits, '.', '-' and '_'.</source>
            <translation>contiene caracteres que el teléfono o la centralita no aceptan; use letras, dígitos, «.», «-» y «_».</translation>
        </message>
        <message>
            <source>too long for the phone; shorten it.</source>
            <translation>demasiado largo para el teléfono; acórtelo.</translation>
        </message>
        <message>
            <source>longer than %1 characters; some phone loads refuse that, so a shorter one is safer.</source>
            <translation>más de %1 caracteres; algunos loads de teléfono lo rechazan, así que uno más corto es más seguro.</translation>
        </message>
        <message>
            <source>must not contain spaces on 79xx phones.</source>
            <translation>no puede contener espacios en los teléfonos 79xx.</translation>
        </message>
        <message>
            <source>not an IPv4 address or host name (for example 192.168.1.10 or pbx.example.com).</source>
            <translation>no es una dirección IPv4 ni un nombre de host (por ejemplo 192.168.1.10 o pbx.example.com).</translation>
        </message>
        <message>
            <source>out of range.</source>
            <translation>fuera de rango.</translation>
        </message>
        <message>
            <source>must differ from the secure SIP port.</source>
            <translation>debe ser distinto del puerto SIP seguro.</translation>
        </message>
        <message>
            <source>not a MAC address; it is printed on the phone's label (12 hexadecimal digits).</source>
            <translation>no es una dirección MAC; viene impresa en la etiqueta del teléfono (12 dígitos hexadecimales).</translation>
        </message>
        <message>
            <source>this phone and line are listed twice; remove one row.</source>
            <translation>este teléfono y esta línea aparecen dos veces; quite una fila.</translation>
        </message>
        <message>
            <source>the file's row is broken (quotes or number of fields); fix it in the file.</source>
            <translation>la fila del archivo está mal formada (comillas o número de campos); corríjala en el archivo.</translation>
        </message>
        <message>
            <source>File line %1: %2</source>
            <translation>Línea %1 del archivo: %2</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Router</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>Servidor DNS</translation>
        </message>
        <message>
            <source>not an IPv4 address (for example 192.168.1.1).</source>
            <translation>no es una dirección IPv4 (por ejemplo 192.168.1.1).</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Log messages</source>
            <translation>Mensajes del registro</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Seguir</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Archivo de registro: %1</translation>
        </message>
        <message>
            <source>The log file %1 does not exist yet. It appears as soon as sccp2sip logs something.</source>
            <translation>El archivo de registro %1 aún no existe. Aparecerá en cuanto sccp2sip registre algo.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>Choose the card cabled to the phones' switch and how the phones get their addresses.</source>
            <translation>Elija la tarjeta conectada al switch de los teléfonos y cómo obtienen los teléfonos sus direcciones.</translation>
        </message>
        <message>
            <source>Network card</source>
            <translation>Tarjeta de red</translation>
        </message>
        <message>
            <source>Network &amp;card:</source>
            <translation>&amp;Tarjeta de red:</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>Act&amp;ualizar</translation>
        </message>
        <message>
            <source>Addresses for the phones</source>
            <translation>Direcciones para los teléfonos</translation>
        </message>
        <message>
            <source>&amp;Run the DHCP server of sccp2sip on this card</source>
            <translation>&amp;Ejecutar el servidor DHCP de sccp2sip en esta tarjeta</translation>
        </message>
        <message>
            <source>&amp;Use an existing DHCP server (it must send option 150 with this computer's address)</source>
            <translation>Usar un servidor DHCP e&amp;xistente (debe enviar la opción 150 con la dirección de este equipo)</translation>
        </message>
        <message>
            <source>First address of the pool</source>
            <translation>Primera dirección del rango</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automática</translation>
        </message>
        <message>
            <source>Last address of the pool</source>
            <translation>Última dirección del rango</translation>
        </message>
        <message>
            <source>Lease time in minutes</source>
            <translation>Duración de la concesión en minutos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;First address:</source>
            <translation>&amp;Primera dirección:</translation>
        </message>
        <message>
            <source>&amp;Last address:</source>
            <translation>Ú&amp;ltima dirección:</translation>
        </message>
        <message>
            <source>Lease &amp;time:</source>
            <translation>&amp;Duración de la concesión:</translation>
        </message>
        <message>
            <source>&amp;Scan for other DHCP servers</source>
            <translation>&amp;Buscar otros servidores DHCP</translation>
        </message>
        <message>
            <source>Scan in progress</source>
            <translation>Búsqueda en curso</translation>
        </message>
        <message>
            <source>Serve &amp;anyway: I am sure that server will not answer the phones</source>
            <translation>Servir de todos &amp;modos: estoy seguro de que ese servidor no responderá a los teléfonos</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>sin dirección</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>enlace activo</translation>
        </message>
        <message>
            <source>no link</source>
            <translation>sin enlace</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>No network card found. Connect the USB or built-in Ethernet card, then press Refresh.</source>
            <translation>No se encontró ninguna tarjeta de red. Conecte la tarjeta Ethernet USB o integrada y pulse «Actualizar».</translation>
        </message>
        <message>
            <source>This is a Wi-Fi card. Phones are cabled: choose the wired card connected to their switch.</source>
            <translation>Es una tarjeta Wi-Fi. Los teléfonos van por cable: elija la tarjeta cableada conectada a su switch.</translation>
        </message>
        <message>
            <source>This card has no IPv4 address. Give it a fixed one (for example 10.231.0.1/24) in the system's network settings, then press Refresh.</source>
            <translation>Esta tarjeta no tiene dirección IPv4. Asígnele una fija (por ejemplo 10.231.0.1/24) en los ajustes de red del sistema y pulse «Actualizar».</translation>
        </message>
        <message>
            <source>No link on this card: check the cable to the switch.</source>
            <translation>No hay enlace en esta tarjeta: compruebe el cable hasta el switch.</translation>
        </message>
        <message>
            <source>The scan could not run: %1</source>
            <translation>No se pudo realizar la búsqueda: %1</translation>
        </message>
        <message>
            <source>✔ No other DHCP server answered on this card.</source>
            <translation>✔ Ningún otro servidor DHCP ha respondido en esta tarjeta.</translation>
        </message>
        <message>
            <source>✘ Another DHCP server answers on this card: %1. Phones would take its addresses and never find this bench. Unplug it from the switch, or choose "Use an existing DHCP server".</source>
            <translation>✘ Otro servidor DHCP responde en esta tarjeta: %1. Los teléfonos tomarían sus direcciones y nunca encontrarían este banco. Desconéctelo del switch o elija «Usar un servidor DHCP existente».</translation>
        </message>
        <message>
            <source>Enter both pool addresses as IPv4 addresses (for example 10.231.0.100), or leave both empty.</source>
            <translation>Introduzca las dos direcciones del rango como direcciones IPv4 (por ejemplo 10.231.0.100), o deje ambas vacías.</translation>
        </message>
        <message>
            <source>The pool must lie in the card's network %1/%2.</source>
            <translation>El rango debe estar dentro de la red de la tarjeta, %1/%2.</translation>
        </message>
        <message>
            <source>The first pool address must not come after the last one.</source>
            <translation>La primera dirección del rango no puede ir después de la última.</translation>
        </message>
        <message>
            <source>The pool holds only this computer's own address.</source>
            <translation>El rango contiene solo la dirección de este equipo.</translation>
        </message>
        <message>
            <source>Choose the network card cabled to the phones.</source>
            <translation>Elija la tarjeta de red cableada a los teléfonos.</translation>
        </message>
        <message>
            <source>The chosen card has no IPv4 address, so the phones could not reach this computer.</source>
            <translation>La tarjeta elegida no tiene dirección IPv4, así que los teléfonos no podrían llegar a este equipo.</translation>
        </message>
        <message>
            <source>Scan for other DHCP servers first: two servers on one switch give the phones the wrong addresses.</source>
            <translation>Busque primero otros servidores DHCP: dos servidores en un mismo switch dan a los teléfonos direcciones equivocadas.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this card. Remove it, use it instead, or tick "Serve anyway".</source>
            <translation>Otro servidor DHCP responde en esta tarjeta. Quítelo, úselo en su lugar o marque «Servir de todos modos».</translation>
        </message>
        <message>
            <source>Asking the network on %1 for other DHCP servers (slow ones included, up to %2 s)…</source>
            <translation>Buscando otros servidores DHCP en la red de %1 (también los lentos, hasta %2 s)…</translation>
        </message>
    </context>
    <context>
        <name>PbxPage</name>
        <message>
            <source>PBX and lines</source>
            <translation>Centralita y líneas</translation>
        </message>
        <message>
            <source>Where the phones register, and the lines of each phone. Passwords are kept in the system keychain, never in files.</source>
            <translation>Dónde se registran los teléfonos y las líneas de cada uno. Las contraseñas se guardan en el llavero del sistema, nunca en archivos.</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Dirección de la centralita</translation>
        </message>
        <message>
            <source>192.168.1.10 or pbx.example.com</source>
            <translation>192.168.1.10 o pbx.example.com</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>Puerto SIP</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transporte</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>Servidor NTP</translation>
        </message>
        <message>
            <source>optional; without it the phones show a wrong time</source>
            <translation>opcional; sin él los teléfonos muestran una hora incorrecta</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <source>Phone language</source>
            <translation>Idioma de los teléfonos</translation>
        </message>
        <message>
            <source>PBX &amp;address:</source>
            <translation>&amp;Dirección de la centralita:</translation>
        </message>
        <message>
            <source>&amp;Transport:</source>
            <translation>&amp;Transporte:</translation>
        </message>
        <message>
            <source>SIP &amp;port:</source>
            <translation>P&amp;uerto SIP:</translation>
        </message>
        <message>
            <source>&amp;NTP server:</source>
            <translation>Servidor &amp;NTP:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Zona horaria:</translation>
        </message>
        <message>
            <source>Phone lan&amp;guage:</source>
            <translation>&amp;Idioma de los teléfonos:</translation>
        </message>
        <message>
            <source>Phones and lines</source>
            <translation>Teléfonos y líneas</translation>
        </message>
        <message>
            <source>P&amp;hones and lines:</source>
            <translation>Teléfonos y &amp;líneas:</translation>
        </message>
        <message>
            <source>A&amp;dd line</source>
            <translation>&amp;Añadir línea</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>Importar &amp;CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xportar CSV…</translation>
        </message>
        <message>
            <source>Import inventory</source>
            <translation>Importar inventario</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export inventory (without passwords)</source>
            <translation>Exportar inventario (sin contraseñas)</translation>
        </message>
        <message>
            <source>Talking to the system keychain…</source>
            <translation>Comunicando con el llavero del sistema…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Leyendo %1…</translation>
        </message>
        <message>
            <source>Imported %1 phones.</source>
            <translation>%1 teléfonos importados.</translation>
        </message>
        <message>
            <source>Imported %1 phones; rows left out:
%2</source>
            <translation>%1 teléfonos importados; filas descartadas:
%2</translation>
        </message>
        <message>
            <source>Exported to %1 (without passwords).</source>
            <translation>Exportado a %1 (sin contraseñas).</translation>
        </message>
        <message>
            <source>Fix the PBX settings shown in red.</source>
            <translation>Corrija los ajustes de la centralita marcados en rojo.</translation>
        </message>
        <message>
            <source>Add at least one phone line, or import an inventory file.</source>
            <translation>Añada al menos una línea o importe un archivo de inventario.</translation>
        </message>
        <message>
            <source>Fix the cells marked in red in the table (hover over a cell to see why).</source>
            <translation>Corrija las celdas marcadas en rojo en la tabla (pase el ratón por encima de una celda para ver el motivo).</translation>
        </message>
        <message>
            <source>TLS is not offered: a phone registers over TLS only with a trust list signed for its PBX, which only a Cisco call manager can make.</source>
            <translation>No se ofrece TLS: un teléfono solo se registra por TLS con una lista de confianza firmada para su centralita, que solo puede crear un Cisco Call Manager.</translation>
        </message>
        <message>
            <source>Router for the phones</source>
            <translation>Router para los teléfonos</translation>
        </message>
        <message>
            <source>optional; needed when the PBX is on another network</source>
            <translation>opcional; necesario si la centralita está en otra red</translation>
        </message>
        <message>
            <source>DNS server for the phones</source>
            <translation>Servidor DNS para los teléfonos</translation>
        </message>
        <message>
            <source>optional; without it a PBX name is written as its address</source>
            <translation>opcional; sin él, el nombre de la centralita se escribe como su dirección</translation>
        </message>
        <message>
            <source>Ro&amp;uter (phones):</source>
            <translation>Ro&amp;uter (teléfonos):</translation>
        </message>
        <message>
            <source>DN&amp;S server (phones):</source>
            <translation>&amp;Servidor DNS (teléfonos):</translation>
        </message>
    </context>
    <context>
        <name>PbxPlanTexts</name>
        <message>
            <source>The phones will look up %1 through the DNS server %2 (this computer finds it at %3).</source>
            <translation>Los teléfonos resolverán %1 a través del servidor DNS %2 (este equipo lo encuentra en %3).</translation>
        </message>
        <message>
            <source>No DNS server is given to the phones, so their configs name %1 by its address %2, as this computer resolves it now.</source>
            <translation>Los teléfonos no reciben ningún servidor DNS, así que sus configuraciones nombran %1 por su dirección %2, tal como este equipo la resuelve ahora.</translation>
        </message>
    </context>
    <context>
        <name>PhoneResetTexts</name>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the line buttons flash amber (this can take a minute or more).</source>
            <translation>Desconecte el teléfono. Mantenga pulsada # mientras lo vuelve a conectar, hasta que los botones de línea parpadeen en ámbar (puede tardar un minuto o más).</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the light strip on the handset flashes red in sequence.</source>
            <translation>Desconecte el teléfono. Mantenga pulsada # mientras lo vuelve a conectar, hasta que la tira luminosa del auricular parpadee en rojo de forma secuencial.</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the Headset, Mute and Speaker buttons flash.</source>
            <translation>Desconecte el teléfono. Mantenga pulsada # mientras lo vuelve a conectar, hasta que parpadeen los botones Headset, Mute y Speaker.</translation>
        </message>
        <message>
            <source>the screen shows "Upgrading".</source>
            <translation>la pantalla muestra «Upgrading».</translation>
        </message>
        <message>
            <source>the line buttons flash red.</source>
            <translation>los botones de línea parpadean en rojo.</translation>
        </message>
        <message>
            <source>the line lamps turn green.</source>
            <translation>las luces de línea se ponen en verde.</translation>
        </message>
        <message>
            <source>the handset light strip lights in sequence.</source>
            <translation>la tira luminosa del auricular se enciende de forma secuencial.</translation>
        </message>
        <message>
            <source>Type it within 60 seconds. When the phone asks "Keep network cfg? 1=yes 2=no", press 2.</source>
            <translation>Márquelo en menos de 60 segundos. Cuando el teléfono pregunte «Keep network cfg? 1=yes 2=no», pulse 2.</translation>
        </message>
    </context>
    <context>
        <name>PreflightPage</name>
        <message>
            <source>Before you start</source>
            <translation>Antes de empezar</translation>
        </message>
        <message>
            <source>sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP servers on this computer, so check the bench first.</source>
            <translation>sccp2sip convierte los teléfonos Cisco 79xx de SCCP en teléfonos SIP. Ejecuta sus propios servidores DHCP y TFTP en este ordenador, así que revise primero el banco.</translation>
        </message>
        <message>
            <source>The phones, each powered by PoE or its own power brick.</source>
            <translation>Los teléfonos, cada uno alimentado por PoE o por su propio adaptador de corriente.</translation>
        </message>
        <message>
            <source>A plain switch between this computer and the phones: no voice VLAN, not the office network.</source>
            <translation>Un conmutador sencillo entre este ordenador y los teléfonos: sin VLAN de voz, no la red de la oficina.</translation>
        </message>
        <message>
            <source>This computer cabled to that switch (a wired card, not Wi-Fi).</source>
            <translation>Este ordenador conectado por cable a ese conmutador (una tarjeta cableada, no Wi-Fi).</translation>
        </message>
        <message>
            <source>The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files).</source>
            <translation>Los paquetes de firmware de Cisco que posee para sus modelos de teléfono (archivos zip, tar o cop.sgn).</translation>
        </message>
        <message>
            <source>The address of your PBX and the extension, user name and password of each phone's line.</source>
            <translation>La dirección de su centralita y la extensión, el usuario y la contraseña de la línea de cada teléfono.</translation>
        </message>
        <message>
            <source>What the bench needs</source>
            <translation>Lo que necesita el banco</translation>
        </message>
        <message>
            <source>Server ports</source>
            <translation>Puertos de los servidores</translation>
        </message>
        <message>
            <source>Command that allows the server ports</source>
            <translation>Comando que permite los puertos de los servidores</translation>
        </message>
        <message>
            <source>Cop&amp;y command</source>
            <translation>&amp;Copiar comando</translation>
        </message>
        <message>
            <source>Restart as &amp;administrator</source>
            <translation>Reiniciar como &amp;administrador</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>Comprobar de &amp;nuevo</translation>
        </message>
        <message>
            <source>&amp;Prepare only: continue without the servers (firmware and lines)</source>
            <translation>Solo &amp;preparar: continuar sin los servidores (firmware y líneas)</translation>
        </message>
        <message>
            <source>DHCP server (UDP %1)</source>
            <translation>Servidor DHCP (UDP %1)</translation>
        </message>
        <message>
            <source>TFTP server (UDP %1)</source>
            <translation>Servidor TFTP (UDP %1)</translation>
        </message>
        <message>
            <source>✔ %1: ready</source>
            <translation>✔ %1: listo</translation>
        </message>
        <message>
            <source>✘ %1: blocked</source>
            <translation>✘ %1: bloqueado</translation>
        </message>
        <message>
            <source>The DHCP and TFTP ports must open before the bench can run. Fix the problem shown above, or tick "Prepare only" to set up firmware and lines now.</source>
            <translation>Los puertos DHCP y TFTP deben poder abrirse antes de que el banco funcione. Corrija el problema indicado arriba, o marque «Solo preparar» para configurar ahora el firmware y las líneas.</translation>
        </message>
        <message>
            <source>pkexec could not be started. Run the command above in a terminal instead.</source>
            <translation>No se pudo iniciar pkexec. Ejecute en su lugar el comando de arriba en un terminal.</translation>
        </message>
        <message>
            <source>… checking</source>
            <translation>… comprobando</translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Bench report</source>
            <translation>Informe del banco</translation>
        </message>
        <message>
            <source>Written by sccp2sip %1 on %2.</source>
            <translation>Generado por sccp2sip %1 el %2.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>What the bench did to each phone. Save the report for your records or print it; phones that failed or need attention say why and what to do.</source>
            <translation>Lo que el banco hizo con cada teléfono. Guarde o imprima el informe para sus registros; los teléfonos que fallaron o requieren atención indican el motivo y qué hacer.</translation>
        </message>
        <message>
            <source>Shows the report the bench last saved in the state folder, for example after sccp2sip was closed or crashed.</source>
            <translation>Muestra el último informe que el banco guardó en la carpeta de estado, por ejemplo después de cerrar sccp2sip o de un cierre inesperado.</translation>
        </message>
        <message>
            <source>Phones in the report</source>
            <translation>Teléfonos del informe</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Teléfonos:</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Guardar como &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Guardar como &amp;JSON…</translation>
        </message>
        <message>
            <source>The folder with the saved report, the log, the leases and the firmware library.</source>
            <translation>La carpeta con el informe guardado, el registro, las concesiones y la biblioteca de firmware.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Showing the report saved at %1 (%2).</source>
            <translation>Informe guardado el %1 (%2).</translation>
        </message>
        <message>
            <source>Showing this session's bench run.</source>
            <translation>Ejecución del banco de esta sesión.</translation>
        </message>
        <message>
            <source>The bench ran in this session but saw no phone.</source>
            <translation>El banco funcionó en esta sesión pero no vio ningún teléfono.</translation>
        </message>
        <message>
            <source>The bench has not run in this session. Load the last saved report to see what happened before.</source>
            <translation>El banco no ha funcionado en esta sesión. Cargue el último informe guardado para ver lo que ocurrió antes.</translation>
        </message>
        <message>
            <source>The bench has not run yet, and no report is saved in the state folder.</source>
            <translation>El banco aún no ha funcionado y no hay ningún informe guardado en la carpeta de estado.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Archivos JSON (*.json)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Páginas web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>The state folder could not be opened.</source>
            <translation>No se pudo abrir la carpeta de estado.</translation>
        </message>
        <message>
            <source>No file manager answered the request to show it.</source>
            <translation>Ningún gestor de archivos respondió a la petición de mostrarla.</translation>
        </message>
        <message>
            <source>Open %1 in your file manager yourself.</source>
            <translation>Abra usted mismo %1 en su gestor de archivos.</translation>
        </message>
        <message>
            <source>Load last saved &amp;report</source>
            <translation>Cargar el último &amp;informe guardado</translation>
        </message>
        <message>
            <source>Save printable &amp;HTML…</source>
            <translation>Guardar &amp;HTML imprimible…</translation>
        </message>
        <message>
            <source>&amp;Open state folder</source>
            <translation>Abrir la carpeta de &amp;estado</translation>
        </message>
    </context>
    <context>
        <name>ReportPhoneModel</name>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>%1 (target)</source>
            <translation>%1 (objetivo)</translation>
        </message>
        <message>
            <source>It was at the %1 stage when the bench stopped.</source>
            <translation>Estaba en la etapa %1 cuando el banco se detuvo.</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Dirección IP</translation>
        </message>
        <message>
            <source>Old → new load</source>
            <translation>Firmware anterior → nuevo</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Cause and fix</source>
            <translation>Causa y solución</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Visto por primera vez</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Visto por última vez</translation>
        </message>
    </context>
    <context>
        <name>ReportSummary</name>
        <message>
            <source>Verified</source>
            <translation>Verificados</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Requiere atención</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Sin terminar</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1 min %2 s</translation>
        </message>
        <message>
            <source>%1 (%2 to %3)</source>
            <translation>%1 (de %2 a %3)</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>modelo desconocido</translation>
        </message>
        <message>
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <source>unknown load</source>
            <translation>versión desconocida</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Teléfonos</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duración</translation>
        </message>
        <message>
            <source>Models converted</source>
            <translation>Modelos convertidos</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>Loads</source>
            <translation>Firmware</translation>
        </message>
    </context>
    <context>
        <name>TrustListGuide</name>
        <message>
            <source>Phone model</source>
            <translation>Modelo de teléfono</translation>
        </message>
        <message>
            <source>Phone &amp;model:</source>
            <translation>&amp;Modelo de teléfono:</translation>
        </message>
        <message>
            <source>Notes for this model</source>
            <translation>Notas sobre este modelo</translation>
        </message>
        <message>
            <source>1. Erase the trust list from the menu</source>
            <translation>1. Borrar la lista de confianza desde el menú</translation>
        </message>
        <message>
            <source>This model keeps no trust list that the menu can erase. If it still asks for signed files, use the factory reset below.</source>
            <translation>Este modelo no guarda una lista de confianza que se pueda borrar desde el menú. Si aun así pide archivos firmados, haga el restablecimiento de fábrica de abajo.</translation>
        </message>
        <message>
            <source>Press the Settings button and open %1.</source>
            <translation>Pulse el botón Settings y abra %1.</translation>
        </message>
        <message>
            <source>Older firmware names the path differently: %1.</source>
            <translation>Los firmwares más antiguos nombran la ruta de otra forma: %1.</translation>
        </message>
        <message>
            <source>Type %1 on the keypad to unlock the settings (a padlock opens on the screen).</source>
            <translation>Marque %1 en el teclado para desbloquear los ajustes (en la pantalla se abre un candado).</translation>
        </message>
        <message>
            <source>Select %1, press the %2 softkey and confirm.</source>
            <translation>Seleccione %1, pulse la tecla programable %2 y confirme.</translation>
        </message>
        <message>
            <source>Select %1 and press the %2 softkey.</source>
            <translation>Seleccione %1 y pulse la tecla programable %2.</translation>
        </message>
        <message>
            <source>It worked when the bench page shows the phone asking for its plain configuration file instead of signed (.sgn) files. If Erase is greyed out or nothing changes, do the factory reset.</source>
            <translation>Ha funcionado cuando la página del banco muestra que el teléfono pide su archivo de configuración normal en lugar de archivos firmados (.sgn). Si «Erase» está en gris o no cambia nada, haga el restablecimiento de fábrica.</translation>
        </message>
        <message>
            <source>No public source confirms these menu names for this model: follow what the phone shows.</source>
            <translation>Ninguna fuente pública confirma estos nombres de menú para este modelo: siga lo que muestre el teléfono.</translation>
        </message>
        <message>
            <source>2. Factory reset</source>
            <translation>2. Restablecimiento de fábrica</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Desconecte el teléfono y vuelva a encenderlo manteniendo pulsada la tecla #.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Suelte # y marque %1.</translation>
        </message>
        <message>
            <source>While it runs: %1</source>
            <translation>Mientras se ejecuta: %1</translation>
        </message>
        <message>
            <source>3. Format (last resort)</source>
            <translation>3. Formatear (último recurso)</translation>
        </message>
        <message>
            <source>Enter reset mode as above and type %1 instead. This removes the trust list for certain, and the firmware too: the phone then loads it again from this bench, which takes longer.</source>
            <translation>Entre en el modo de restablecimiento como arriba y marque %1 en su lugar. Esto borra con seguridad la lista de confianza, y también el firmware: el teléfono lo vuelve a cargar desde este banco, lo que tarda más.</translation>
        </message>
    </context>
    <context>
        <name>TrustListPage</name>
        <message>
            <source>Trust list and resets</source>
            <translation>Lista de confianza y restablecimientos</translation>
        </message>
        <message>
            <source>Phones that belonged to a Cisco call manager keep its trust list and ignore this bench. The bench page tells you which phones need this; here is how, per model.</source>
            <translation>Los teléfonos que dependían de un Cisco Call Manager conservan su lista de confianza e ignoran este banco. La página del banco indica qué teléfonos lo necesitan; aquí se explica cómo, modelo a modelo.</translation>
        </message>
        <message>
            <source>Choose a phone model to see its steps.</source>
            <translation>Elija un modelo de teléfono para ver sus pasos.</translation>
        </message>
    </context>
</TS>
