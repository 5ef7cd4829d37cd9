<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>BenchPage</name>
        <message>
            <source>Bench</source>
            <translation>Prüfstand</translation>
        </message>
        <message>
            <source>Start the bench, then power up the phones on its switch. Each phone appears in the table and moves to verified on its own; the ones that need you say what to do.</source>
            <translation>Starten Sie den Prüfstand und schalten Sie dann die Telefone an seinem Switch ein. Jedes Telefon erscheint in der Tabelle und erreicht verified von selbst; die, die Sie brauchen, sagen, was zu tun ist.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>S&amp;toppen</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Neu starten</translation>
        </message>
        <message>
            <source>Stop the bench and start it again with the current settings.</source>
            <translation>Den Prüfstand anhalten und mit den aktuellen Einstellungen neu starten.</translation>
        </message>
        <message>
            <source>Phone counts</source>
            <translation>Telefonzahlen</translation>
        </message>
        <message>
            <source>Start without the stored &amp;passwords</source>
            <translation>&amp;Ohne gespeicherte Passwörter starten</translation>
        </message>
        <message>
            <source>Lines whose password the keychain could not give get none: those phones will not register until you add it.</source>
            <translation>Leitungen, deren Passwort der Schlüsselbund nicht liefern konnte, bekommen keines: Diese Telefone melden sich erst an, wenn Sie es ergänzen.</translation>
        </message>
        <message>
            <source>Show phones</source>
            <translation>Angezeigte Telefone</translation>
        </message>
        <message>
            <source>All phones</source>
            <translation>Alle Telefone</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>In Arbeit</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Brauchen Sie</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Geprüft</translation>
        </message>
        <message>
            <source>MAC, model or IP address</source>
            <translation>MAC, Modell oder IP-Adresse</translation>
        </message>
        <message>
            <source>Search phones</source>
            <translation>Telefone suchen</translation>
        </message>
        <message>
            <source>Phones on the bench</source>
            <translation>Telefone am Prüfstand</translation>
        </message>
        <message>
            <source>&amp;Hide guide</source>
            <translation>Anleitung &amp;ausblenden</translation>
        </message>
        <message>
            <source>Hide the trust-list guide</source>
            <translation>Die Trust-List-Anleitung ausblenden</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Anzei&amp;gen:</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>Su&amp;chen:</translation>
        </message>
        <message>
            <source>The bench is stopped. Press Next for the report, or Start to go on.</source>
            <translation>Der Prüfstand ist angehalten. Weiter zeigt den Bericht, Starten macht weiter.</translation>
        </message>
        <message>
            <source>Press Start when the phones are cabled to the bench switch. Next skips to the report of the last bench.</source>
            <translation>Drücken Sie Starten, wenn die Telefone am Switch des Prüfstands hängen. Weiter springt zum Bericht des letzten Prüfstands.</translation>
        </message>
        <message>
            <source>Starting: reading passwords, opening the DHCP and TFTP servers…</source>
            <translation>Startet: Passwörter werden gelesen, DHCP- und TFTP-Server geöffnet…</translation>
        </message>
        <message>
            <source>Running. Power up the phones; press Stop when you are done, then Next for the report.</source>
            <translation>Läuft. Schalten Sie die Telefone ein; drücken Sie Stoppen, wenn Sie fertig sind, dann Weiter für den Bericht.</translation>
        </message>
        <message>
            <source>Stopping and writing the report…</source>
            <translation>Hält an und schreibt den Bericht…</translation>
        </message>
        <message>
            <source>%1 detected · %2 working · %3 need you · %4 verified · %5 failed</source>
            <translation>%1 erkannt · %2 in Arbeit · %3 brauchen Sie · %4 geprüft · %5 fehlgeschlagen</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 (%2) keeps a trust list.&lt;/b&gt; Erase it on the phone as shown; the bench goes on by itself.</source>
            <translation>&lt;b&gt;%1 (%2) hat eine Trust List.&lt;/b&gt; Löschen Sie sie am Telefon wie gezeigt; der Prüfstand macht dann von selbst weiter.</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>unbekanntes Modell</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneDetails</name>
        <message>
            <source>Selected phone</source>
            <translation>Ausgewähltes Telefon</translation>
        </message>
        <message>
            <source>Event log of the selected phone</source>
            <translation>Ereignisprotokoll des ausgewählten Telefons</translation>
        </message>
        <message>
            <source>Select a phone to see its event log.</source>
            <translation>Wählen Sie ein Telefon, um sein Ereignisprotokoll zu sehen.</translation>
        </message>
        <message>
            <source>Unknown model</source>
            <translation>Unbekanntes Modell</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>Seriennummer %1</translation>
        </message>
        <message>
            <source>load %1 → %2</source>
            <translation>Firmware %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneModel</name>
        <message>
            <source>Sent %1 (%2 in %3 s).</source>
            <translation>%1 gesendet (%2 in %3 s).</translation>
        </message>
        <message>
            <source>Asked for %1, which this bench does not serve.</source>
            <translation>Hat %1 angefragt, das dieser Prüfstand nicht anbietet.</translation>
        </message>
        <message>
            <source>Sending %1 failed: %2</source>
            <translation>Senden von %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>IP-Adresse</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Tempo</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Restzeit</translation>
        </message>
        <message>
            <source>Current file</source>
            <translation>Aktuelle Datei</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Runs %1; checked on its web page.</source>
            <translation>Läuft mit %1; auf seiner Webseite geprüft.</translation>
        </message>
    </context>
    <context>
        <name>BenchStageStyle</name>
        <message>
            <source>Found on the bench; waiting for it to ask for its files.</source>
            <translation>Am Prüfstand gefunden; wartet darauf, dass es seine Dateien anfragt.</translation>
        </message>
        <message>
            <source>Its trust list makes it ignore this bench: erase the trust list on the phone.</source>
            <translation>Seine Trust List lässt es diesen Prüfstand ignorieren: Löschen Sie die Trust List am Telefon.</translation>
        </message>
        <message>
            <source>Reading its configuration.</source>
            <translation>Liest seine Konfiguration.</translation>
        </message>
        <message>
            <source>Loading the SIP firmware.</source>
            <translation>Lädt die SIP-Firmware.</translation>
        </message>
        <message>
            <source>Restarting with the new firmware.</source>
            <translation>Startet mit der neuen Firmware neu.</translation>
        </message>
        <message>
            <source>Runs SIP; checking its web page.</source>
            <translation>Läuft mit SIP; seine Webseite wird geprüft.</translation>
        </message>
        <message>
            <source>Converted and checked.</source>
            <translation>Umgestellt und geprüft.</translation>
        </message>
        <message>
            <source>Stopped: see the message for what to do.</source>
            <translation>Angehalten: Die Meldung sagt, was zu tun ist.</translation>
        </message>
        <message>
            <source>No traffic from it for a while: check its cable and power.</source>
            <translation>Seit einer Weile kein Verkehr: Prüfen Sie Kabel und Stromversorgung.</translation>
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
            <translation>sccp2sip — Cisco-Telefon-Werkbank</translation>
        </message>
        <message>
            <source>Show &amp;log</source>
            <translation>&amp;Protokoll anzeigen</translation>
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
            <translation>UDP-Port %1 (%2) ist bereits belegt.</translation>
        </message>
        <message>
            <source>Another %1 server is running on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Auf diesem Computer läuft bereits ein anderer %1-Server (zum Beispiel dnsmasq, Tftpd64 oder die Windows-Internetverbindungsfreigabe).</translation>
        </message>
        <message>
            <source>It is held by %1.</source>
            <translation>Er wird von %1 belegt.</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again.</source>
            <translation>Beenden Sie dieses Programm und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>sccp2sip may not open UDP port %1 (%2).</source>
            <translation>sccp2sip darf UDP-Port %1 (%2) nicht öffnen.</translation>
        </message>
        <message>
            <source>Windows refused the port, usually because the firewall blocks it.</source>
            <translation>Windows hat den Port verweigert, meist weil die Firewall ihn sperrt.</translation>
        </message>
        <message>
            <source>Allow sccp2sip in Windows Defender Firewall for all network profiles (the installer adds this rule), then press Check again.</source>
            <translation>Lassen Sie sccp2sip in der Windows Defender Firewall für alle Netzwerkprofile zu (das Installationsprogramm legt diese Regel an) und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>macOS refused the port.</source>
            <translation>macOS hat den Port verweigert.</translation>
        </message>
        <message>
            <source>Allow incoming connections for sccp2sip in System Settings &gt; Network &gt; Firewall, then press Check again.</source>
            <translation>Erlauben Sie eingehende Verbindungen für sccp2sip unter Systemeinstellungen &gt; Netzwerk &gt; Firewall und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights or the network capabilities on this program.</source>
            <translation>Ports unter 1024 erfordern Administratorrechte oder die Netzwerk-Capabilities für dieses Programm.</translation>
        </message>
        <message>
            <source>Run the command below once in a terminal, or press Restart as administrator.</source>
            <translation>Führen Sie den folgenden Befehl einmal in einem Terminal aus oder klicken Sie auf „Als Administrator neu starten“.</translation>
        </message>
        <message>
            <source>The address for UDP port %1 (%2) does not exist on this computer.</source>
            <translation>Die Adresse für UDP-Port %1 (%2) gibt es auf diesem Computer nicht.</translation>
        </message>
        <message>
            <source>The network card lost its address or was unplugged.</source>
            <translation>Die Netzwerkkarte hat ihre Adresse verloren oder wurde abgesteckt.</translation>
        </message>
        <message>
            <source>Plug the card in, wait until it has an address, then press Check again.</source>
            <translation>Schließen Sie die Karte an, warten Sie, bis sie eine Adresse hat, und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) could not be opened.</source>
            <translation>UDP-Port %1 (%2) konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <source>The operating system reported a socket error.</source>
            <translation>Das Betriebssystem hat einen Socket-Fehler gemeldet.</translation>
        </message>
        <message>
            <source>Open Details for the exact reason, then press Check again.</source>
            <translation>Öffnen Sie „Details“ für den genauen Grund und klicken Sie dann auf „Erneut prüfen“.</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>Die Datei wurde nicht gefunden.</translation>
        </message>
        <message>
            <source>It was moved, renamed or is on a drive that is not connected.</source>
            <translation>Sie wurde verschoben, umbenannt oder liegt auf einem nicht verbundenen Laufwerk.</translation>
        </message>
        <message>
            <source>Choose the file again.</source>
            <translation>Wählen Sie die Datei erneut aus.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Die Datei konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <source>You may not have permission to read it, or the disk reported an error.</source>
            <translation>Vielleicht fehlt Ihnen die Leseberechtigung, oder der Datenträger hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>Copy the file to your home folder and choose the copy.</source>
            <translation>Kopieren Sie die Datei in Ihren persönlichen Ordner und wählen Sie die Kopie aus.</translation>
        </message>
        <message>
            <source>sccp2sip could not write to its data folder.</source>
            <translation>sccp2sip konnte nicht in seinen Datenordner schreiben.</translation>
        </message>
        <message>
            <source>The disk is full or the folder is read-only.</source>
            <translation>Der Datenträger ist voll oder der Ordner ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then try again.</source>
            <translation>Schaffen Sie Speicherplatz oder korrigieren Sie die Ordnerberechtigungen und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>Der Vorgang wurde abgebrochen.</translation>
        </message>
        <message>
            <source>You stopped it before it finished.</source>
            <translation>Sie haben ihn vor dem Ende angehalten.</translation>
        </message>
        <message>
            <source>Start it again when you are ready.</source>
            <translation>Starten Sie ihn erneut, wenn Sie bereit sind.</translation>
        </message>
        <message>
            <source>sccp2sip stopped with an error it has no explanation for yet (%1).</source>
            <translation>sccp2sip wurde durch einen Fehler angehalten, für den es noch keine Erklärung hat (%1).</translation>
        </message>
        <message>
            <source>This should not happen.</source>
            <translation>Das sollte nicht passieren.</translation>
        </message>
        <message>
            <source>Open Details, and send the log file (Show log) with a description of what you did.</source>
            <translation>Öffnen Sie „Details“ und senden Sie die Protokolldatei („Protokoll anzeigen“) mit einer Beschreibung Ihrer Schritte.</translation>
        </message>
        <message>
            <source>The download is larger than any Cisco phone firmware bundle.</source>
            <translation>Der Download ist größer als jedes Firmware-Paket für Cisco-Telefone.</translation>
        </message>
        <message>
            <source>It is probably not a firmware bundle, or it bundles much more than phone firmware.</source>
            <translation>Wahrscheinlich ist es kein Firmware-Paket, oder es enthält weit mehr als Telefon-Firmware.</translation>
        </message>
        <message>
            <source>Choose the firmware file for your phone model (zip, tar or cop.sgn).</source>
            <translation>Wählen Sie die Firmware-Datei für Ihr Telefonmodell (zip, tar oder cop.sgn).</translation>
        </message>
        <message>
            <source>The file is not an archive sccp2sip can read.</source>
            <translation>Die Datei ist kein Archiv, das sccp2sip lesen kann.</translation>
        </message>
        <message>
            <source>It is damaged, incomplete, or in a format other than zip, tar, tar.gz or cop.sgn.</source>
            <translation>Sie ist beschädigt, unvollständig oder in einem anderen Format als zip, tar, tar.gz oder cop.sgn.</translation>
        </message>
        <message>
            <source>Download the bundle again and import the new copy.</source>
            <translation>Laden Sie das Paket erneut herunter und importieren Sie die neue Kopie.</translation>
        </message>
        <message>
            <source>A file in the bundle is damaged.</source>
            <translation>Eine Datei im Paket ist beschädigt.</translation>
        </message>
        <message>
            <source>Its Cisco signature header or contents do not match a phone firmware file.</source>
            <translation>Ihr Cisco-Signaturkopf oder ihr Inhalt passt nicht zu einer Telefon-Firmware-Datei.</translation>
        </message>
        <message>
            <source>Download the bundle again from Cisco and import the new copy.</source>
            <translation>Laden Sie das Paket erneut bei Cisco herunter und importieren Sie die neue Kopie.</translation>
        </message>
        <message>
            <source>The bundle is missing a file its .loads list names.</source>
            <translation>Im Paket fehlt eine Datei, die seine .loads-Liste nennt.</translation>
        </message>
        <message>
            <source>Phones would stop halfway through the upgrade.</source>
            <translation>Die Telefone würden mitten im Update stehen bleiben.</translation>
        </message>
        <message>
            <source>Import the complete bundle (the whole zip, not single files).</source>
            <translation>Importieren Sie das vollständige Paket (das ganze Zip, nicht einzelne Dateien).</translation>
        </message>
        <message>
            <source>A file in the bundle is shorter than it should be.</source>
            <translation>Eine Datei im Paket ist kürzer, als sie sein sollte.</translation>
        </message>
        <message>
            <source>The download was interrupted.</source>
            <translation>Der Download wurde unterbrochen.</translation>
        </message>
        <message>
            <source>The bundle is for phones sccp2sip does not know.</source>
            <translation>Das Paket ist für Telefone, die sccp2sip nicht kennt.</translation>
        </message>
        <message>
            <source>Its load name matches no 79xx family in the catalog.</source>
            <translation>Sein Load-Name passt zu keiner 79xx-Familie im Katalog.</translation>
        </message>
        <message>
            <source>Check that you downloaded firmware for a Cisco 79xx phone.</source>
            <translation>Prüfen Sie, ob Sie Firmware für ein Cisco-79xx-Telefon heruntergeladen haben.</translation>
        </message>
        <message>
            <source>The bundle holds SCCP firmware, not SIP.</source>
            <translation>Das Paket enthält SCCP-Firmware, nicht SIP.</translation>
        </message>
        <message>
            <source>Serving it would keep the phones on SCCP.</source>
            <translation>Damit blieben die Telefone bei SCCP.</translation>
        </message>
        <message>
            <source>Import the SIP bundle for this model (its name starts with SIP or P0S3).</source>
            <translation>Importieren Sie das SIP-Paket für dieses Modell (sein Name beginnt mit SIP oder P0S3).</translation>
        </message>
        <message>
            <source>The firmware library could not be updated.</source>
            <translation>Die Firmware-Bibliothek konnte nicht aktualisiert werden.</translation>
        </message>
        <message>
            <source>sccp2sip could not write the bundle into its data folder.</source>
            <translation>sccp2sip konnte das Paket nicht in seinen Datenordner schreiben.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then import again.</source>
            <translation>Schaffen Sie Speicherplatz oder korrigieren Sie die Ordnerberechtigungen und importieren Sie dann erneut.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used.</source>
            <translation>Der Schlüsselbund des Systems ist nicht nutzbar.</translation>
        </message>
        <message>
            <source>Passwords are kept only in the system keychain, and none is running or it is locked.</source>
            <translation>Passwörter werden nur im Schlüsselbund des Systems gespeichert, und es läuft keiner oder er ist gesperrt.</translation>
        </message>
        <message>
            <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and unlock it, then enter the passwords again.</source>
            <translation>Melden Sie sich an einer Desktop-Sitzung mit Schlüsselbund (GNOME Keyring oder KWallet) an, entsperren Sie ihn und geben Sie die Passwörter erneut ein.</translation>
        </message>
        <message>
            <source>Unlock the system keychain, then enter the passwords again.</source>
            <translation>Entsperren Sie den Schlüsselbund des Systems und geben Sie die Passwörter erneut ein.</translation>
        </message>
        <message>
            <source>No password is stored for this line.</source>
            <translation>Für diese Leitung ist kein Passwort gespeichert.</translation>
        </message>
        <message>
            <source>It was never entered on this computer, or it was removed from the keychain.</source>
            <translation>Es wurde auf diesem Computer nie eingegeben oder aus dem Schlüsselbund entfernt.</translation>
        </message>
        <message>
            <source>Enter the password in the table.</source>
            <translation>Geben Sie das Passwort in der Tabelle ein.</translation>
        </message>
        <message>
            <source>The inventory file cannot be used.</source>
            <translation>Die Inventardatei ist nicht verwendbar.</translation>
        </message>
        <message>
            <source>It is not a CSV file with a header row that names at least the mac and extension columns.</source>
            <translation>Sie ist keine CSV-Datei mit einer Kopfzeile, die mindestens die Spalten mac und extension nennt.</translation>
        </message>
        <message>
            <source>Export an inventory from sccp2sip to see the expected columns, fix the file, and import it again.</source>
            <translation>Exportieren Sie ein Inventar aus sccp2sip, um die erwarteten Spalten zu sehen, korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Details</translation>
        </message>
        <message>
            <source>Show technical details</source>
            <translation>Technische Details anzeigen</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>Technische Details</translation>
        </message>
    </context>
    <context>
        <name>FirmwareLibraryModel</name>
        <message>
            <source>Ready (jump load)</source>
            <translation>Bereit (Zwischen-Load)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>%1 files, %2</source>
            <translation>%1 Dateien, %2</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Dateien</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modelle</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Ergebnis</translation>
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
            <translation>Importieren Sie Ihre Cisco-Firmware-Pakete: den SIP-Load für jedes Telefonmodell und für Telefone älter als 8.3(3) einen Zwischen-Load. Ziehen Sie Dateien hierher oder wählen Sie sie aus.</translation>
        </message>
        <message>
            <source>Firmware library</source>
            <translation>Firmware-Bibliothek</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>&amp;Bibliothek:</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>Pakete &amp;importieren…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Importfortschritt</translation>
        </message>
        <message>
            <source>Import firmware bundles</source>
            <translation>Firmware-Pakete importieren</translation>
        </message>
        <message>
            <source>Firmware bundles (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</source>
            <translation>Firmware-Pakete (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>%1 wird importiert…</translation>
        </message>
        <message>
            <source>No phone model has a SIP load yet.</source>
            <translation>Noch kein Telefonmodell hat einen SIP-Load.</translation>
        </message>
        <message>
            <source>SIP load ready for: %1.</source>
            <translation>SIP-Load bereit für: %1.</translation>
        </message>
        <message>
            <source>Still without one: %1.</source>
            <translation>Noch ohne: %1.</translation>
        </message>
        <message>
            <source>No jump load for %1: phones running firmware older than 8.3(3) need an 8.3(3) to 8.5(2) load first, or they keep rebooting.</source>
            <translation>Kein Zwischen-Load für %1: Telefone mit Firmware älter als 8.3(3) brauchen zuerst einen Load zwischen 8.3(3) und 8.5(2), sonst starten sie immer wieder neu.</translation>
        </message>
        <message>
            <source>Import at least one SIP firmware bundle: without it no phone can be converted.</source>
            <translation>Importieren Sie mindestens ein SIP-Firmware-Paket: ohne dieses lässt sich kein Telefon umstellen.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTableModel</name>
        <message>
            <source>MAC address</source>
            <translation>MAC-Adresse</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
    </context>
    <context>
        <name>IssueMessages</name>
        <message>
            <source>MAC address</source>
            <translation>MAC-Adresse</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Nebenstelle</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Anmeldename</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Passwort</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Anzeigename</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Beschriftung</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse der Telefonanlage</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>SIP-Port</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>NTP-Server</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>required; enter a value.</source>
            <translation>Pflichtfeld; geben Sie einen Wert ein.</translation>
        </message>
        <message>
            <source>not set; recommended.</source>
            <translation>nicht gesetzt; empfohlen.</translation>
        </message>
        <message>
            <source>contains characters the phone or the PBX does not accept; use letters, digits, '.', '-' and '_'.</source>
            <translation>enthält Zeichen, die Telefon oder Telefonanlage nicht annehmen; verwenden Sie Buchstaben, Ziffern, „.“, „-“ und „_“.</translation>
        </message>
        <message>
            <source>too long for the phone; shorten it.</source>
            <translation>zu lang für das Telefon; kürzen Sie den Wert.</translation>
        </message>
        <message>
            <source>longer than %1 characters; some phone loads refuse that, so a shorter one is safer.</source>
            <translation>länger als %1 Zeichen; manche Telefon-Loads lehnen das ab, ein kürzerer Wert ist sicherer.</translation>
        </message>
        <message>
            <source>must not contain spaces on 79xx phones.</source>
            <translation>darf auf 79xx-Telefonen keine Leerzeichen enthalten.</translation>
        </message>
        <message>
            <source>not an IPv4 address or host name (for example 192.168.1.10 or pbx.example.com).</source>
            <translation>keine IPv4-Adresse und kein Hostname (zum Beispiel 192.168.1.10 oder pbx.example.com).</translation>
        </message>
        <message>
            <source>out of range.</source>
            <translation>außerhalb des gültigen Bereichs.</translation>
        </message>
        <message>
            <source>must differ from the secure SIP port.</source>
            <translation>muss sich vom sicheren SIP-Port unterscheiden.</translation>
        </message>
        <message>
            <source>not a MAC address; it is printed on the phone's label (12 hexadecimal digits).</source>
            <translation>keine MAC-Adresse; sie steht auf dem Etikett des Telefons (12 Hexadezimalziffern).</translation>
        </message>
        <message>
            <source>this phone and line are listed twice; remove one row.</source>
            <translation>dieses Telefon mit dieser Leitung steht doppelt in der Liste; entfernen Sie eine Zeile.</translation>
        </message>
        <message>
            <source>the file's row is broken (quotes or number of fields); fix it in the file.</source>
            <translation>die Zeile der Datei ist fehlerhaft (Anführungszeichen oder Anzahl der Felder); korrigieren Sie sie in der Datei.</translation>
        </message>
        <message>
            <source>File line %1: %2</source>
            <translation>Dateizeile %1: %2</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log</source>
            <translation>Protokoll</translation>
        </message>
        <message>
            <source>Log messages</source>
            <translation>Protokollmeldungen</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Mitverfolgen</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Protokolldatei: %1</translation>
        </message>
        <message>
            <source>The log file %1 does not exist yet. It appears as soon as sccp2sip logs something.</source>
            <translation>Die Protokolldatei %1 gibt es noch nicht. Sie entsteht, sobald sccp2sip etwas protokolliert.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Netzwerk</translation>
        </message>
        <message>
            <source>Choose the card cabled to the phones' switch and how the phones get their addresses.</source>
            <translation>Wählen Sie die Karte, die mit dem Switch der Telefone verbunden ist, und wie die Telefone ihre Adressen bekommen.</translation>
        </message>
        <message>
            <source>Network card</source>
            <translation>Netzwerkkarte</translation>
        </message>
        <message>
            <source>Network &amp;card:</source>
            <translation>Netzwerk&amp;karte:</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>Akt&amp;ualisieren</translation>
        </message>
        <message>
            <source>Addresses for the phones</source>
            <translation>Adressen für die Telefone</translation>
        </message>
        <message>
            <source>&amp;Run the DHCP server of sccp2sip on this card</source>
            <translation>Den DHCP-Server von sccp2sip auf dieser Karte &amp;betreiben</translation>
        </message>
        <message>
            <source>&amp;Use an existing DHCP server (it must send option 150 with this computer's address)</source>
            <translation>Einen &amp;vorhandenen DHCP-Server nutzen (er muss Option 150 mit der Adresse dieses Computers senden)</translation>
        </message>
        <message>
            <source>First address of the pool</source>
            <translation>Erste Adresse des Bereichs</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatisch</translation>
        </message>
        <message>
            <source>Last address of the pool</source>
            <translation>Letzte Adresse des Bereichs</translation>
        </message>
        <message>
            <source>Lease time in minutes</source>
            <translation>Lease-Dauer in Minuten</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;First address:</source>
            <translation>&amp;Erste Adresse:</translation>
        </message>
        <message>
            <source>&amp;Last address:</source>
            <translation>&amp;Letzte Adresse:</translation>
        </message>
        <message>
            <source>Lease &amp;time:</source>
            <translation>Lease-&amp;Dauer:</translation>
        </message>
        <message>
            <source>&amp;Scan for other DHCP servers</source>
            <translation>Nach anderen DHCP-Servern &amp;suchen</translation>
        </message>
        <message>
            <source>Scan in progress</source>
            <translation>Suche läuft</translation>
        </message>
        <message>
            <source>Serve &amp;anyway: I am sure that server will not answer the phones</source>
            <translation>&amp;Trotzdem bedienen: Ich bin sicher, dass dieser Server den Telefonen nicht antwortet</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>keine Adresse</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>Verbindung steht</translation>
        </message>
        <message>
            <source>no link</source>
            <translation>keine Verbindung</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>WLAN</translation>
        </message>
        <message>
            <source>No network card found. Connect the USB or built-in Ethernet card, then press Refresh.</source>
            <translation>Keine Netzwerkkarte gefunden. Schließen Sie die USB- oder eingebaute Ethernet-Karte an und klicken Sie auf „Aktualisieren“.</translation>
        </message>
        <message>
            <source>This is a Wi-Fi card. Phones are cabled: choose the wired card connected to their switch.</source>
            <translation>Das ist eine WLAN-Karte. Die Telefone hängen am Kabel: Wählen Sie die kabelgebundene Karte, die mit ihrem Switch verbunden ist.</translation>
        </message>
        <message>
            <source>This card has no IPv4 address. Give it a fixed one (for example 10.231.0.1/24) in the system's network settings, then press Refresh.</source>
            <translation>Diese Karte hat keine IPv4-Adresse. Geben Sie ihr in den Netzwerkeinstellungen des Systems eine feste (zum Beispiel 10.231.0.1/24) und klicken Sie auf „Aktualisieren“.</translation>
        </message>
        <message>
            <source>No link on this card: check the cable to the switch.</source>
            <translation>Keine Verbindung an dieser Karte: Prüfen Sie das Kabel zum Switch.</translation>
        </message>
        <message>
            <source>Asking the network on %1 for other DHCP servers…</source>
            <translation>Frage im Netz an %1 nach anderen DHCP-Servern…</translation>
        </message>
        <message>
            <source>The scan could not run: %1</source>
            <translation>Die Suche konnte nicht laufen: %1</translation>
        </message>
        <message>
            <source>✔ No other DHCP server answered on this card.</source>
            <translation>✔ Kein anderer DHCP-Server hat an dieser Karte geantwortet.</translation>
        </message>
        <message>
            <source>✘ Another DHCP server answers on this card: %1. Phones would take its addresses and never find this bench. Unplug it from the switch, or choose "Use an existing DHCP server".</source>
            <translation>✘ An dieser Karte antwortet ein anderer DHCP-Server: %1. Die Telefone würden seine Adressen nehmen und diesen Arbeitsplatz nie finden. Trennen Sie ihn vom Switch oder wählen Sie „Einen vorhandenen DHCP-Server nutzen“.</translation>
        </message>
        <message>
            <source>Enter both pool addresses as IPv4 addresses (for example 10.231.0.100), or leave both empty.</source>
            <translation>Geben Sie beide Bereichsadressen als IPv4-Adressen ein (zum Beispiel 10.231.0.100) oder lassen Sie beide leer.</translation>
        </message>
        <message>
            <source>The pool must lie in the card's network %1/%2.</source>
            <translation>Der Bereich muss im Netz der Karte liegen: %1/%2.</translation>
        </message>
        <message>
            <source>The first pool address must not come after the last one.</source>
            <translation>Die erste Adresse des Bereichs darf nicht nach der letzten liegen.</translation>
        </message>
        <message>
            <source>The pool holds only this computer's own address.</source>
            <translation>Der Bereich enthält nur die eigene Adresse dieses Computers.</translation>
        </message>
        <message>
            <source>Choose the network card cabled to the phones.</source>
            <translation>Wählen Sie die Netzwerkkarte, die mit den Telefonen verkabelt ist.</translation>
        </message>
        <message>
            <source>The chosen card has no IPv4 address, so the phones could not reach this computer.</source>
            <translation>Die gewählte Karte hat keine IPv4-Adresse, die Telefone könnten diesen Computer also nicht erreichen.</translation>
        </message>
        <message>
            <source>Scan for other DHCP servers first: two servers on one switch give the phones the wrong addresses.</source>
            <translation>Suchen Sie zuerst nach anderen DHCP-Servern: Zwei Server an einem Switch geben den Telefonen falsche Adressen.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this card. Remove it, use it instead, or tick "Serve anyway".</source>
            <translation>An dieser Karte antwortet ein anderer DHCP-Server. Entfernen Sie ihn, nutzen Sie ihn stattdessen oder wählen Sie „Trotzdem bedienen“.</translation>
        </message>
    </context>
    <context>
        <name>PbxPage</name>
        <message>
            <source>PBX and lines</source>
            <translation>Telefonanlage und Leitungen</translation>
        </message>
        <message>
            <source>Where the phones register, and the lines of each phone. Passwords are kept in the system keychain, never in files.</source>
            <translation>Wo sich die Telefone anmelden und welche Leitungen jedes Telefon hat. Passwörter liegen im Schlüsselbund des Systems, nie in Dateien.</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse der Telefonanlage</translation>
        </message>
        <message>
            <source>192.168.1.10 or pbx.example.com</source>
            <translation>192.168.1.10 oder pbx.example.com</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>SIP-Port</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>NTP-Server</translation>
        </message>
        <message>
            <source>optional; without it the phones show a wrong time</source>
            <translation>optional; ohne ihn zeigen die Telefone eine falsche Uhrzeit</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Zeitzone</translation>
        </message>
        <message>
            <source>Phone language</source>
            <translation>Sprache der Telefone</translation>
        </message>
        <message>
            <source>PBX &amp;address:</source>
            <translation>&amp;Adresse der Telefonanlage:</translation>
        </message>
        <message>
            <source>&amp;Transport:</source>
            <translation>&amp;Transport:</translation>
        </message>
        <message>
            <source>SIP &amp;port:</source>
            <translation>SIP-Po&amp;rt:</translation>
        </message>
        <message>
            <source>&amp;NTP server:</source>
            <translation>&amp;NTP-Server:</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>Zeitz&amp;one:</translation>
        </message>
        <message>
            <source>Phone lan&amp;guage:</source>
            <translation>Telefon&amp;sprache:</translation>
        </message>
        <message>
            <source>Phones and lines</source>
            <translation>Telefone und Leitungen</translation>
        </message>
        <message>
            <source>P&amp;hones and lines:</source>
            <translation>Telefone und &amp;Leitungen:</translation>
        </message>
        <message>
            <source>A&amp;dd line</source>
            <translation>Leitung &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>CSV &amp;importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>CSV e&amp;xportieren…</translation>
        </message>
        <message>
            <source>Import inventory</source>
            <translation>Inventar importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Export inventory (without passwords)</source>
            <translation>Inventar exportieren (ohne Passwörter)</translation>
        </message>
        <message>
            <source>Talking to the system keychain…</source>
            <translation>Verbindung zum Schlüsselbund des Systems…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>%1 wird gelesen…</translation>
        </message>
        <message>
            <source>Imported %1 phones.</source>
            <translation>%1 Telefone importiert.</translation>
        </message>
        <message>
            <source>Imported %1 phones; rows left out:
%2</source>
            <translation>%1 Telefone importiert; ausgelassene Zeilen:
%2</translation>
        </message>
        <message>
            <source>Exported to %1 (without passwords).</source>
            <translation>Nach %1 exportiert (ohne Passwörter).</translation>
        </message>
        <message>
            <source>Fix the PBX settings shown in red.</source>
            <translation>Korrigieren Sie die rot angezeigten Einstellungen der Telefonanlage.</translation>
        </message>
        <message>
            <source>Add at least one phone line, or import an inventory file.</source>
            <translation>Fügen Sie mindestens eine Leitung hinzu oder importieren Sie eine Inventardatei.</translation>
        </message>
        <message>
            <source>Fix the cells marked in red in the table (hover over a cell to see why).</source>
            <translation>Korrigieren Sie die rot markierten Zellen der Tabelle (zeigen Sie mit der Maus auf eine Zelle, um den Grund zu sehen).</translation>
        </message>
    </context>
    <context>
        <name>PreflightPage</name>
        <message>
            <source>Before you start</source>
            <translation>Bevor Sie beginnen</translation>
        </message>
        <message>
            <source>sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP servers on this computer, so check the bench first.</source>
            <translation>sccp2sip macht aus Cisco-79xx-Telefonen mit SCCP SIP-Telefone. Es betreibt eigene DHCP- und TFTP-Server auf diesem Computer; prüfen Sie deshalb zuerst den Arbeitsplatz.</translation>
        </message>
        <message>
            <source>The phones, each powered by PoE or its own power brick.</source>
            <translation>Die Telefone, jedes über PoE oder sein eigenes Netzteil versorgt.</translation>
        </message>
        <message>
            <source>A plain switch between this computer and the phones: no voice VLAN, not the office network.</source>
            <translation>Ein einfacher Switch zwischen diesem Computer und den Telefonen: kein Voice-VLAN, nicht das Büronetz.</translation>
        </message>
        <message>
            <source>This computer cabled to that switch (a wired card, not Wi-Fi).</source>
            <translation>Dieser Computer per Kabel an diesem Switch (eine kabelgebundene Netzwerkkarte, kein WLAN).</translation>
        </message>
        <message>
            <source>The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files).</source>
            <translation>Die Cisco-Firmwarepakete, die Sie für Ihre Telefonmodelle besitzen (zip-, tar- oder cop.sgn-Dateien).</translation>
        </message>
        <message>
            <source>The address of your PBX and the extension, user name and password of each phone's line.</source>
            <translation>Die Adresse Ihrer Telefonanlage sowie Nebenstelle, Benutzername und Passwort der Leitung jedes Telefons.</translation>
        </message>
        <message>
            <source>What the bench needs</source>
            <translation>Was der Arbeitsplatz braucht</translation>
        </message>
        <message>
            <source>Server ports</source>
            <translation>Server-Ports</translation>
        </message>
        <message>
            <source>Command that allows the server ports</source>
            <translation>Befehl, der die Server-Ports erlaubt</translation>
        </message>
        <message>
            <source>Cop&amp;y command</source>
            <translation>Befehl &amp;kopieren</translation>
        </message>
        <message>
            <source>Restart as &amp;administrator</source>
            <translation>Als &amp;Administrator neu starten</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;Erneut prüfen</translation>
        </message>
        <message>
            <source>&amp;Prepare only: continue without the servers (firmware and lines)</source>
            <translation>Nur &amp;vorbereiten: ohne die Server weitermachen (Firmware und Leitungen)</translation>
        </message>
        <message>
            <source>DHCP server (UDP %1)</source>
            <translation>DHCP-Server (UDP %1)</translation>
        </message>
        <message>
            <source>TFTP server (UDP %1)</source>
            <translation>TFTP-Server (UDP %1)</translation>
        </message>
        <message>
            <source>✔ %1: ready</source>
            <translation>✔ %1: bereit</translation>
        </message>
        <message>
            <source>✘ %1: blocked</source>
            <translation>✘ %1: blockiert</translation>
        </message>
        <message>
            <source>The DHCP and TFTP ports must open before the bench can run. Fix the problem shown above, or tick "Prepare only" to set up firmware and lines now.</source>
            <translation>Die DHCP- und TFTP-Ports müssen sich öffnen lassen, bevor der Arbeitsplatz laufen kann. Beheben Sie das oben gezeigte Problem oder wählen Sie „Nur vorbereiten“, um jetzt Firmware und Leitungen einzurichten.</translation>
        </message>
        <message>
            <source>pkexec could not be started. Run the command above in a terminal instead.</source>
            <translation>pkexec konnte nicht gestartet werden. Führen Sie stattdessen den obigen Befehl in einem Terminal aus.</translation>
        </message>
    </context>
    <context>
        <name>TrustListGuide</name>
        <message>
            <source>Phone model</source>
            <translation>Telefonmodell</translation>
        </message>
        <message>
            <source>Phone &amp;model:</source>
            <translation>Telefon&amp;modell:</translation>
        </message>
        <message>
            <source>Notes for this model</source>
            <translation>Hinweise zu diesem Modell</translation>
        </message>
        <message>
            <source>1. Erase the trust list from the menu</source>
            <translation>1. Trust-Liste im Menü löschen</translation>
        </message>
        <message>
            <source>This model keeps no trust list that the menu can erase. If it still asks for signed files, use the factory reset below.</source>
            <translation>Dieses Modell hat keine Trust-Liste, die sich im Menü löschen lässt. Fragt es trotzdem nach signierten Dateien, setzen Sie es wie unten beschrieben auf Werkseinstellungen zurück.</translation>
        </message>
        <message>
            <source>Press the Settings button and open %1.</source>
            <translation>Drücken Sie die Taste „Settings“ und öffnen Sie %1.</translation>
        </message>
        <message>
            <source>Older firmware names the path differently: %1.</source>
            <translation>Ältere Firmware benennt den Pfad anders: %1.</translation>
        </message>
        <message>
            <source>Type %1 on the keypad to unlock the settings (a padlock opens on the screen).</source>
            <translation>Tippen Sie %1 auf der Tastatur, um die Einstellungen zu entsperren (auf dem Display öffnet sich ein Schloss).</translation>
        </message>
        <message>
            <source>Select %1, press the %2 softkey and confirm.</source>
            <translation>Wählen Sie %1, drücken Sie den Softkey %2 und bestätigen Sie.</translation>
        </message>
        <message>
            <source>Select %1 and press the %2 softkey.</source>
            <translation>Wählen Sie %1 und drücken Sie den Softkey %2.</translation>
        </message>
        <message>
            <source>It worked when the bench page shows the phone asking for its plain configuration file instead of signed (.sgn) files. If Erase is greyed out or nothing changes, do the factory reset.</source>
            <translation>Es hat geklappt, wenn die Arbeitsplatz-Seite zeigt, dass das Telefon seine normale Konfigurationsdatei statt signierter (.sgn-)Dateien anfragt. Ist „Erase“ ausgegraut oder ändert sich nichts, setzen Sie es auf Werkseinstellungen zurück.</translation>
        </message>
        <message>
            <source>No public source confirms these menu names for this model: follow what the phone shows.</source>
            <translation>Keine öffentliche Quelle bestätigt diese Menünamen für dieses Modell: Folgen Sie der Anzeige des Telefons.</translation>
        </message>
        <message>
            <source>2. Factory reset</source>
            <translation>2. Werkseinstellungen</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Trennen Sie das Telefon vom Strom und schalten Sie es mit gedrückter #-Taste wieder ein.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Lassen Sie # los und tippen Sie %1.</translation>
        </message>
        <message>
            <source>While it runs: %1</source>
            <translation>Währenddessen: %1</translation>
        </message>
        <message>
            <source>3. Format (last resort)</source>
            <translation>3. Formatieren (letzter Ausweg)</translation>
        </message>
        <message>
            <source>Enter reset mode as above and type %1 instead. This removes the trust list for certain, and the firmware too: the phone then loads it again from this bench, which takes longer.</source>
            <translation>Wechseln Sie wie oben in den Reset-Modus und tippen Sie stattdessen %1. Das entfernt die Trust-Liste sicher, aber auch die Firmware: Das Telefon lädt sie dann erneut von diesem Arbeitsplatz, was länger dauert.</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the line buttons flash amber (this can take a minute or more).</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis die Leitungstasten gelb blinken (das kann eine Minute oder länger dauern).</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the light strip on the handset flashes red in sequence.</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis der Leuchtstreifen am Hörer der Reihe nach rot blinkt.</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the Headset, Mute and Speaker buttons flash.</source>
            <translation>Trennen Sie das Telefon vom Strom. Halten Sie beim Einstecken # gedrückt, bis die Tasten Headset, Mute und Speaker blinken.</translation>
        </message>
        <message>
            <source>the screen shows "Upgrading".</source>
            <translation>Das Display zeigt „Upgrading“.</translation>
        </message>
        <message>
            <source>the line buttons flash red.</source>
            <translation>Die Leitungstasten blinken rot.</translation>
        </message>
        <message>
            <source>the line lamps turn green.</source>
            <translation>Die Leitungslampen leuchten grün.</translation>
        </message>
        <message>
            <source>the handset light strip lights in sequence.</source>
            <translation>Der Leuchtstreifen am Hörer leuchtet der Reihe nach auf.</translation>
        </message>
        <message>
            <source>Type it within 60 seconds. When the phone asks "Keep network cfg? 1=yes 2=no", press 2.</source>
            <translation>Tippen Sie sie innerhalb von 60 Sekunden. Fragt das Telefon „Keep network cfg? 1=yes 2=no“, drücken Sie 2.</translation>
        </message>
    </context>
    <context>
        <name>TrustListPage</name>
        <message>
            <source>Trust list and resets</source>
            <translation>Trust-Liste und Zurücksetzen</translation>
        </message>
        <message>
            <source>Phones that belonged to a Cisco call manager keep its trust list and ignore this bench. The bench page tells you which phones need this; here is how, per model.</source>
            <translation>Telefone, die an einem Cisco Call Manager hingen, behalten dessen Trust-Liste und ignorieren diesen Arbeitsplatz. Welche Telefone das betrifft, zeigt die Arbeitsplatz-Seite; hier steht, wie es pro Modell geht.</translation>
        </message>
        <message>
            <source>Choose a phone model to see its steps.</source>
            <translation>Wählen Sie ein Telefonmodell, um seine Schritte zu sehen.</translation>
        </message>
    </context>
</TS>
