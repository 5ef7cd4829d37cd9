<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>BenchPage</name>
        <message>
            <source>Bench</source>
            <translation>Banc</translation>
        </message>
        <message>
            <source>Start the bench, then power up the phones on its switch. Each phone appears in the table and moves to verified on its own; the ones that need you say what to do.</source>
            <translation>Démarrez le banc, puis mettez sous tension les téléphones branchés sur son switch. Chaque téléphone apparaît dans le tableau et passe seul à verified ; ceux qui ont besoin de vous disent quoi faire.</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Lancer</translation>
        </message>
        <message>
            <source>S&amp;top</source>
            <translation>&amp;Arrêter</translation>
        </message>
        <message>
            <source>&amp;Restart</source>
            <translation>&amp;Redémarrer</translation>
        </message>
        <message>
            <source>Stop the bench and start it again with the current settings.</source>
            <translation>Arrêter le banc et le redémarrer avec les réglages actuels.</translation>
        </message>
        <message>
            <source>Phone counts</source>
            <translation>Nombre de téléphones</translation>
        </message>
        <message>
            <source>Start without the stored &amp;passwords</source>
            <translation>Démarrer &amp;sans les mots de passe enregistrés</translation>
        </message>
        <message>
            <source>Lines whose password the keychain could not give get none: those phones will not register until you add it.</source>
            <translation>Les lignes dont le trousseau n'a pas pu donner le mot de passe n'en reçoivent aucun : ces téléphones ne s'enregistreront pas tant que vous ne l'aurez pas ajouté.</translation>
        </message>
        <message>
            <source>Show phones</source>
            <translation>Téléphones affichés</translation>
        </message>
        <message>
            <source>All phones</source>
            <translation>Tous les téléphones</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Need attention</source>
            <translation>Demandent votre attention</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Vérifiés</translation>
        </message>
        <message>
            <source>MAC, model or IP address</source>
            <translation>MAC, modèle ou adresse IP</translation>
        </message>
        <message>
            <source>Search phones</source>
            <translation>Rechercher des téléphones</translation>
        </message>
        <message>
            <source>Phones on the bench</source>
            <translation>Téléphones sur le banc</translation>
        </message>
        <message>
            <source>&amp;Hide guide</source>
            <translation>Masquer le &amp;guide</translation>
        </message>
        <message>
            <source>Hide the trust-list guide</source>
            <translation>Masquer le guide de la liste de confiance</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Affic&amp;her :</translation>
        </message>
        <message>
            <source>Sear&amp;ch:</source>
            <translation>Re&amp;chercher :</translation>
        </message>
        <message>
            <source>The bench is stopped. Press Next for the report, or Start to go on.</source>
            <translation>Le banc est arrêté. Suivant affiche le rapport, Lancer le relance.</translation>
        </message>
        <message>
            <source>Press Start when the phones are cabled to the bench switch. Next skips to the report of the last bench.</source>
            <translation>Appuyez sur Lancer quand les téléphones sont câblés au switch du banc. Suivant passe au rapport du dernier banc.</translation>
        </message>
        <message>
            <source>Starting: reading passwords, opening the DHCP and TFTP servers…</source>
            <translation>Démarrage : lecture des mots de passe, ouverture des serveurs DHCP et TFTP…</translation>
        </message>
        <message>
            <source>Running. Power up the phones; press Stop when you are done, then Next for the report.</source>
            <translation>En marche. Mettez les téléphones sous tension ; appuyez sur Arrêter quand vous avez fini, puis sur Suivant pour le rapport.</translation>
        </message>
        <message>
            <source>Stopping and writing the report…</source>
            <translation>Arrêt et écriture du rapport…</translation>
        </message>
        <message>
            <source>%1 detected · %2 working · %3 need you · %4 verified · %5 failed</source>
            <translation>%1 détectés · %2 en cours · %3 vous attendent · %4 vérifiés · %5 en échec</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 (%2) keeps a trust list.&lt;/b&gt; Erase it on the phone as shown; the bench goes on by itself.</source>
            <translation>&lt;b&gt;%1 (%2) garde une liste de confiance.&lt;/b&gt; Effacez-la sur le téléphone comme indiqué ; le banc continue ensuite tout seul.</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>modèle inconnu</translation>
        </message>
    </context>
    <context>
        <name>BenchPhoneDetails</name>
        <message>
            <source>Selected phone</source>
            <translation>Téléphone sélectionné</translation>
        </message>
        <message>
            <source>Event log of the selected phone</source>
            <translation>Journal des événements du téléphone sélectionné</translation>
        </message>
        <message>
            <source>Select a phone to see its event log.</source>
            <translation>Sélectionnez un téléphone pour voir son journal.</translation>
        </message>
        <message>
            <source>Unknown model</source>
            <translation>Modèle inconnu</translation>
        </message>
        <message>
            <source>serial %1</source>
            <translation>numéro de série %1</translation>
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
            <translation>%1 envoyé (%2 en %3 s).</translation>
        </message>
        <message>
            <source>Asked for %1, which this bench does not serve.</source>
            <translation>A demandé %1, que ce banc ne sert pas.</translation>
        </message>
        <message>
            <source>Sending %1 failed: %2</source>
            <translation>L'envoi de %1 a échoué : %2</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Adresse IP</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Vitesse</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Current file</source>
            <translation>Fichier en cours</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Runs %1; checked on its web page.</source>
            <translation>Tourne sous %1 ; vérifié sur sa page web.</translation>
        </message>
    </context>
    <context>
        <name>BenchStageStyle</name>
        <message>
            <source>Found on the bench; waiting for it to ask for its files.</source>
            <translation>Trouvé sur le banc ; en attente de sa demande de fichiers.</translation>
        </message>
        <message>
            <source>Its trust list makes it ignore this bench: erase the trust list on the phone.</source>
            <translation>Sa liste de confiance lui fait ignorer ce banc : effacez-la sur le téléphone.</translation>
        </message>
        <message>
            <source>Reading its configuration.</source>
            <translation>Lit sa configuration.</translation>
        </message>
        <message>
            <source>Loading the SIP firmware.</source>
            <translation>Charge le firmware SIP.</translation>
        </message>
        <message>
            <source>Restarting with the new firmware.</source>
            <translation>Redémarre avec le nouveau firmware.</translation>
        </message>
        <message>
            <source>Runs SIP; checking its web page.</source>
            <translation>Tourne en SIP ; vérification de sa page web.</translation>
        </message>
        <message>
            <source>Converted and checked.</source>
            <translation>Converti et vérifié.</translation>
        </message>
        <message>
            <source>Stopped: see the message for what to do.</source>
            <translation>Arrêté : le message indique quoi faire.</translation>
        </message>
        <message>
            <source>No traffic from it for a while: check its cable and power.</source>
            <translation>Aucun trafic depuis un moment : vérifiez son câble et son alimentation.</translation>
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
            <translation>sccp2sip — banc de téléphones Cisco</translation>
        </message>
        <message>
            <source>Show &amp;log</source>
            <translation>Afficher le &amp;journal</translation>
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
            <translation>Le port UDP %1 (%2) est déjà utilisé.</translation>
        </message>
        <message>
            <source>Another %1 server is running on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Un autre serveur %1 tourne sur cet ordinateur (par exemple dnsmasq, Tftpd64 ou le partage de connexion Internet de Windows).</translation>
        </message>
        <message>
            <source>It is held by %1.</source>
            <translation>Il est occupé par %1.</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again.</source>
            <translation>Arrêtez ce programme, puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>sccp2sip may not open UDP port %1 (%2).</source>
            <translation>sccp2sip n’a pas le droit d’ouvrir le port UDP %1 (%2).</translation>
        </message>
        <message>
            <source>Windows refused the port, usually because the firewall blocks it.</source>
            <translation>Windows a refusé le port, le plus souvent parce que le pare-feu le bloque.</translation>
        </message>
        <message>
            <source>Allow sccp2sip in Windows Defender Firewall for all network profiles (the installer adds this rule), then press Check again.</source>
            <translation>Autorisez sccp2sip dans le Pare-feu Windows Defender pour tous les profils réseau (le programme d’installation ajoute cette règle), puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>macOS refused the port.</source>
            <translation>macOS a refusé le port.</translation>
        </message>
        <message>
            <source>Allow incoming connections for sccp2sip in System Settings &gt; Network &gt; Firewall, then press Check again.</source>
            <translation>Autorisez les connexions entrantes pour sccp2sip dans Réglages Système &gt; Réseau &gt; Coupe-feu, puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights or the network capabilities on this program.</source>
            <translation>Les ports inférieurs à 1024 exigent les droits d’administrateur ou les capacités réseau sur ce programme.</translation>
        </message>
        <message>
            <source>Run the command below once in a terminal, or press Restart as administrator.</source>
            <translation>Exécutez une fois la commande ci-dessous dans un terminal, ou cliquez sur « Redémarrer en administrateur ».</translation>
        </message>
        <message>
            <source>The address for UDP port %1 (%2) does not exist on this computer.</source>
            <translation>L’adresse du port UDP %1 (%2) n’existe pas sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The network card lost its address or was unplugged.</source>
            <translation>La carte réseau a perdu son adresse ou a été débranchée.</translation>
        </message>
        <message>
            <source>Plug the card in, wait until it has an address, then press Check again.</source>
            <translation>Branchez la carte, attendez qu’elle ait une adresse, puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>UDP port %1 (%2) could not be opened.</source>
            <translation>Impossible d’ouvrir le port UDP %1 (%2).</translation>
        </message>
        <message>
            <source>The operating system reported a socket error.</source>
            <translation>Le système d’exploitation a signalé une erreur de socket.</translation>
        </message>
        <message>
            <source>Open Details for the exact reason, then press Check again.</source>
            <translation>Ouvrez « Détails » pour la raison exacte, puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>The file was not found.</source>
            <translation>Le fichier est introuvable.</translation>
        </message>
        <message>
            <source>It was moved, renamed or is on a drive that is not connected.</source>
            <translation>Il a été déplacé, renommé, ou se trouve sur un disque non connecté.</translation>
        </message>
        <message>
            <source>Choose the file again.</source>
            <translation>Choisissez à nouveau le fichier.</translation>
        </message>
        <message>
            <source>The file could not be read.</source>
            <translation>Impossible de lire le fichier.</translation>
        </message>
        <message>
            <source>You may not have permission to read it, or the disk reported an error.</source>
            <translation>Vous n’avez peut-être pas le droit de le lire, ou le disque a signalé une erreur.</translation>
        </message>
        <message>
            <source>Copy the file to your home folder and choose the copy.</source>
            <translation>Copiez le fichier dans votre dossier personnel et choisissez la copie.</translation>
        </message>
        <message>
            <source>sccp2sip could not write to its data folder.</source>
            <translation>sccp2sip n’a pas pu écrire dans son dossier de données.</translation>
        </message>
        <message>
            <source>The disk is full or the folder is read-only.</source>
            <translation>Le disque est plein ou le dossier est en lecture seule.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then try again.</source>
            <translation>Libérez de l’espace disque ou corrigez les droits du dossier, puis réessayez.</translation>
        </message>
        <message>
            <source>The operation was cancelled.</source>
            <translation>L’opération a été annulée.</translation>
        </message>
        <message>
            <source>You stopped it before it finished.</source>
            <translation>Vous l’avez arrêtée avant la fin.</translation>
        </message>
        <message>
            <source>Start it again when you are ready.</source>
            <translation>Relancez-la quand vous êtes prêt.</translation>
        </message>
        <message>
            <source>sccp2sip stopped with an error it has no explanation for yet (%1).</source>
            <translation>sccp2sip s’est arrêté sur une erreur qu’il ne sait pas encore expliquer (%1).</translation>
        </message>
        <message>
            <source>This should not happen.</source>
            <translation>Cela ne devrait pas arriver.</translation>
        </message>
        <message>
            <source>Open Details, and send the log file (Show log) with a description of what you did.</source>
            <translation>Ouvrez « Détails » et envoyez le fichier journal (« Afficher le journal ») avec une description de ce que vous avez fait.</translation>
        </message>
        <message>
            <source>The download is larger than any Cisco phone firmware bundle.</source>
            <translation>Le téléchargement est plus gros que n’importe quel paquet de micrologiciel de téléphone Cisco.</translation>
        </message>
        <message>
            <source>It is probably not a firmware bundle, or it bundles much more than phone firmware.</source>
            <translation>Ce n’est probablement pas un paquet de micrologiciel, ou il contient bien plus que le micrologiciel des téléphones.</translation>
        </message>
        <message>
            <source>Choose the firmware file for your phone model (zip, tar or cop.sgn).</source>
            <translation>Choisissez le fichier de micrologiciel de votre modèle de téléphone (zip, tar ou cop.sgn).</translation>
        </message>
        <message>
            <source>The file is not an archive sccp2sip can read.</source>
            <translation>Le fichier n’est pas une archive que sccp2sip sait lire.</translation>
        </message>
        <message>
            <source>It is damaged, incomplete, or in a format other than zip, tar, tar.gz or cop.sgn.</source>
            <translation>Il est endommagé, incomplet, ou dans un format autre que zip, tar, tar.gz ou cop.sgn.</translation>
        </message>
        <message>
            <source>Download the bundle again and import the new copy.</source>
            <translation>Téléchargez à nouveau le paquet et importez la nouvelle copie.</translation>
        </message>
        <message>
            <source>A file in the bundle is damaged.</source>
            <translation>Un fichier du paquet est endommagé.</translation>
        </message>
        <message>
            <source>Its Cisco signature header or contents do not match a phone firmware file.</source>
            <translation>Son en-tête de signature Cisco ou son contenu ne correspond pas à un fichier de micrologiciel de téléphone.</translation>
        </message>
        <message>
            <source>Download the bundle again from Cisco and import the new copy.</source>
            <translation>Téléchargez à nouveau le paquet chez Cisco et importez la nouvelle copie.</translation>
        </message>
        <message>
            <source>The bundle is missing a file its .loads list names.</source>
            <translation>Il manque au paquet un fichier cité par sa liste .loads.</translation>
        </message>
        <message>
            <source>Phones would stop halfway through the upgrade.</source>
            <translation>Les téléphones s’arrêteraient au milieu de la mise à jour.</translation>
        </message>
        <message>
            <source>Import the complete bundle (the whole zip, not single files).</source>
            <translation>Importez le paquet complet (tout le zip, pas des fichiers isolés).</translation>
        </message>
        <message>
            <source>A file in the bundle is shorter than it should be.</source>
            <translation>Un fichier du paquet est plus court qu’il ne devrait.</translation>
        </message>
        <message>
            <source>The download was interrupted.</source>
            <translation>Le téléchargement a été interrompu.</translation>
        </message>
        <message>
            <source>The bundle is for phones sccp2sip does not know.</source>
            <translation>Le paquet est destiné à des téléphones que sccp2sip ne connaît pas.</translation>
        </message>
        <message>
            <source>Its load name matches no 79xx family in the catalog.</source>
            <translation>Son nom de load ne correspond à aucune famille 79xx du catalogue.</translation>
        </message>
        <message>
            <source>Check that you downloaded firmware for a Cisco 79xx phone.</source>
            <translation>Vérifiez que vous avez téléchargé le micrologiciel d’un téléphone Cisco 79xx.</translation>
        </message>
        <message>
            <source>The bundle holds SCCP firmware, not SIP.</source>
            <translation>Le paquet contient un micrologiciel SCCP, pas SIP.</translation>
        </message>
        <message>
            <source>Serving it would keep the phones on SCCP.</source>
            <translation>Le servir laisserait les téléphones en SCCP.</translation>
        </message>
        <message>
            <source>Import the SIP bundle for this model (its name starts with SIP or P0S3).</source>
            <translation>Importez le paquet SIP de ce modèle (son nom commence par SIP ou P0S3).</translation>
        </message>
        <message>
            <source>The firmware library could not be updated.</source>
            <translation>Impossible de mettre à jour la bibliothèque de micrologiciels.</translation>
        </message>
        <message>
            <source>sccp2sip could not write the bundle into its data folder.</source>
            <translation>sccp2sip n’a pas pu écrire le paquet dans son dossier de données.</translation>
        </message>
        <message>
            <source>Free some disk space or fix the folder's permissions, then import again.</source>
            <translation>Libérez de l’espace disque ou corrigez les droits du dossier, puis importez à nouveau.</translation>
        </message>
        <message>
            <source>The system keychain cannot be used.</source>
            <translation>Le trousseau du système est inutilisable.</translation>
        </message>
        <message>
            <source>Passwords are kept only in the system keychain, and none is running or it is locked.</source>
            <translation>Les mots de passe sont conservés uniquement dans le trousseau du système, et aucun n’est lancé ou il est verrouillé.</translation>
        </message>
        <message>
            <source>Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and unlock it, then enter the passwords again.</source>
            <translation>Ouvrez une session de bureau avec un trousseau (GNOME Keyring ou KWallet), déverrouillez-le, puis saisissez à nouveau les mots de passe.</translation>
        </message>
        <message>
            <source>Unlock the system keychain, then enter the passwords again.</source>
            <translation>Déverrouillez le trousseau du système, puis saisissez à nouveau les mots de passe.</translation>
        </message>
        <message>
            <source>No password is stored for this line.</source>
            <translation>Aucun mot de passe n’est enregistré pour cette ligne.</translation>
        </message>
        <message>
            <source>It was never entered on this computer, or it was removed from the keychain.</source>
            <translation>Il n’a jamais été saisi sur cet ordinateur, ou il a été retiré du trousseau.</translation>
        </message>
        <message>
            <source>Enter the password in the table.</source>
            <translation>Saisissez le mot de passe dans le tableau.</translation>
        </message>
        <message>
            <source>The inventory file cannot be used.</source>
            <translation>Le fichier d’inventaire est inutilisable.</translation>
        </message>
        <message>
            <source>It is not a CSV file with a header row that names at least the mac and extension columns.</source>
            <translation>Ce n’est pas un fichier CSV dont la ligne d’en-tête nomme au moins les colonnes mac et extension.</translation>
        </message>
        <message>
            <source>Export an inventory from sccp2sip to see the expected columns, fix the file, and import it again.</source>
            <translation>Exportez un inventaire depuis sccp2sip pour voir les colonnes attendues, corrigez le fichier et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>The file %1 could not be saved.</source>
            <translation>Le fichier %1 n’a pas pu être enregistré.</translation>
        </message>
        <message>
            <source>The folder is read-only or does not exist, the disk is full, or another program has the file open.</source>
            <translation>Le dossier est en lecture seule ou n’existe pas, le disque est plein, ou un autre programme a ouvert le fichier.</translation>
        </message>
        <message>
            <source>Choose another folder, for example your Documents folder, and save again.</source>
            <translation>Choisissez un autre dossier, par exemple « Documents », et enregistrez à nouveau.</translation>
        </message>
        <message>
            <source>An extension is not valid.</source>
            <translation>Un numéro de poste n’est pas valide.</translation>
        </message>
        <message>
            <source>It is empty or has characters a SIP account name cannot have.</source>
            <translation>Il est vide ou contient des caractères interdits dans un nom de compte SIP.</translation>
        </message>
        <message>
            <source>Enter the extension as your PBX names the account, for example 201.</source>
            <translation>Saisissez le poste tel que votre PBX nomme le compte, par exemple 201.</translation>
        </message>
        <message>
            <source>A SIP password cannot be used.</source>
            <translation>Un mot de passe SIP ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>It has characters the phone's configuration file cannot hold, such as line breaks.</source>
            <translation>Il contient des caractères que le fichier de configuration du téléphone ne peut pas contenir, comme des retours à la ligne.</translation>
        </message>
        <message>
            <source>Enter the password exactly as the PBX has it, without line breaks or control characters.</source>
            <translation>Saisissez le mot de passe exactement comme dans le PBX, sans retour à la ligne ni caractère de contrôle.</translation>
        </message>
        <message>
            <source>A line label cannot be used.</source>
            <translation>Un libellé de ligne ne peut pas être utilisé.</translation>
        </message>
        <message>
            <source>It is too long for the phone's screen or has control characters.</source>
            <translation>Il est trop long pour l’écran du téléphone ou contient des caractères de contrôle.</translation>
        </message>
        <message>
            <source>Use a shorter label made of ordinary characters.</source>
            <translation>Utilisez un libellé plus court fait de caractères ordinaires.</translation>
        </message>
        <message>
            <source>The PBX address is not valid.</source>
            <translation>L’adresse du PBX n’est pas valide.</translation>
        </message>
        <message>
            <source>It is neither an IP address nor a host name.</source>
            <translation>Ce n’est ni une adresse IP ni un nom d’hôte.</translation>
        </message>
        <message>
            <source>Enter the PBX as an address (192.168.1.10) or a host name (pbx.example.com), without "sip:" and without a port.</source>
            <translation>Saisissez le PBX sous forme d’adresse (192.168.1.10) ou de nom d’hôte (pbx.example.com), sans « sip: » et sans port.</translation>
        </message>
        <message>
            <source>The SIP port is out of range.</source>
            <translation>Le port SIP est hors limites.</translation>
        </message>
        <message>
            <source>A port is a number from 1 to 65535.</source>
            <translation>Un port est un nombre de 1 à 65535.</translation>
        </message>
        <message>
            <source>Enter the PBX's SIP port, usually 5060.</source>
            <translation>Saisissez le port SIP du PBX, en général 5060.</translation>
        </message>
        <message>
            <source>There are more phones than free extensions.</source>
            <translation>Il y a plus de téléphones que de postes libres.</translation>
        </message>
        <message>
            <source>Every extension of the range for new phones is taken.</source>
            <translation>Tous les postes de la plage réservée aux nouveaux téléphones sont pris.</translation>
        </message>
        <message>
            <source>Widen the range, or add rows for the extra phones to the inventory.</source>
            <translation>Élargissez la plage, ou ajoutez à l’inventaire des lignes pour les téléphones supplémentaires.</translation>
        </message>
        <message>
            <source>A setting has a value sccp2sip cannot use.</source>
            <translation>Un réglage a une valeur que sccp2sip ne peut pas utiliser.</translation>
        </message>
        <message>
            <source>It is empty, out of range or in the wrong form.</source>
            <translation>Elle est vide, hors limites ou mal formée.</translation>
        </message>
        <message>
            <source>Open Details to see which setting, correct it, and try again.</source>
            <translation>Ouvrez « Détails » pour voir de quel réglage il s’agit, corrigez-le et réessayez.</translation>
        </message>
        <message>
            <source>The list of phone models is damaged.</source>
            <translation>La liste des modèles de téléphones est endommagée.</translation>
        </message>
        <message>
            <source>The model catalog failed its checks, so phones cannot be recognised.</source>
            <translation>Le catalogue des modèles n’a pas passé ses contrôles, les téléphones ne peuvent donc pas être reconnus.</translation>
        </message>
        <message>
            <source>Install sccp2sip again. If you gave it your own catalog file, fix the entry Details names.</source>
            <translation>Réinstallez sccp2sip. Si vous lui avez donné votre propre catalogue, corrigez l’entrée indiquée dans « Détails ».</translation>
        </message>
        <message>
            <source>This phone model is not one sccp2sip knows.</source>
            <translation>sccp2sip ne connaît pas ce modèle de téléphone.</translation>
        </message>
        <message>
            <source>It is not a Cisco 79xx phone, or a model the catalog does not list.</source>
            <translation>Ce n’est pas un téléphone Cisco 79xx, ou c’est un modèle absent du catalogue.</translation>
        </message>
        <message>
            <source>Check the model on the label under the phone: only Cisco 79xx phones can be converted here.</source>
            <translation>Vérifiez le modèle sur l’étiquette sous le téléphone : seuls les téléphones Cisco 79xx peuvent être convertis ici.</translation>
        </message>
        <message>
            <source>The chosen network card is not there any more.</source>
            <translation>La carte réseau choisie n’est plus là.</translation>
        </message>
        <message>
            <source>It was unplugged, switched off or renamed (a USB adapter gets a new name in another port).</source>
            <translation>Elle a été débranchée, désactivée ou renommée (un adaptateur USB change de nom sur un autre port).</translation>
        </message>
        <message>
            <source>Plug it in, then choose it again on the Network page.</source>
            <translation>Branchez-la, puis choisissez-la de nouveau sur la page Réseau.</translation>
        </message>
        <message>
            <source>The network card has no IPv4 address.</source>
            <translation>La carte réseau n’a pas d’adresse IPv4.</translation>
        </message>
        <message>
            <source>The bench serves DHCP from the card's own address, and a card cabled to a phone switch gets none by itself.</source>
            <translation>Le banc sert le DHCP depuis l’adresse de la carte, et une carte reliée au switch des téléphones n’en reçoit pas d’elle-même.</translation>
        </message>
        <message>
            <source>Give the card a fixed address, for example 10.79.0.1 with mask 255.255.255.0, then choose it again.</source>
            <translation>Donnez une adresse fixe à la carte, par exemple 10.79.0.1 avec le masque 255.255.255.0, puis choisissez-la de nouveau.</translation>
        </message>
        <message>
            <source>The card's address does not exist on this computer any more.</source>
            <translation>L’adresse de la carte n’existe plus sur cet ordinateur.</translation>
        </message>
        <message>
            <source>A server port is already in use.</source>
            <translation>Un port de serveur est déjà utilisé.</translation>
        </message>
        <message>
            <source>Another DHCP or TFTP server runs on this computer (for example dnsmasq, Tftpd64 or Windows Internet Connection Sharing).</source>
            <translation>Un autre serveur DHCP ou TFTP tourne sur cet ordinateur (par exemple dnsmasq, Tftpd64 ou le partage de connexion Internet de Windows).</translation>
        </message>
        <message>
            <source>Stop that program, then press Check again on the first page.</source>
            <translation>Arrêtez ce programme, puis cliquez sur « Vérifier à nouveau » sur la première page.</translation>
        </message>
        <message>
            <source>sccp2sip may not open the DHCP and TFTP ports.</source>
            <translation>sccp2sip n’a pas le droit d’ouvrir les ports DHCP et TFTP.</translation>
        </message>
        <message>
            <source>Ports below 1024 need administrator rights, or the firewall blocks them.</source>
            <translation>Les ports inférieurs à 1024 demandent des droits d’administrateur, ou le pare-feu les bloque.</translation>
        </message>
        <message>
            <source>The first page shows the fix for this computer; apply it, then press Check again.</source>
            <translation>La première page indique la solution pour cet ordinateur ; appliquez-la, puis cliquez sur « Vérifier à nouveau ».</translation>
        </message>
        <message>
            <source>The network card reported an error.</source>
            <translation>La carte réseau a signalé une erreur.</translation>
        </message>
        <message>
            <source>The operating system refused to send or receive on it.</source>
            <translation>Le système d’exploitation a refusé d’émettre ou de recevoir par elle.</translation>
        </message>
        <message>
            <source>Check the cable and the card, then try again; Details has the system's reason.</source>
            <translation>Vérifiez le câble et la carte, puis réessayez ; « Détails » donne la raison du système.</translation>
        </message>
        <message>
            <source>A device sent a message sccp2sip cannot read.</source>
            <translation>Un appareil a envoyé un message que sccp2sip ne sait pas lire.</translation>
        </message>
        <message>
            <source>It is damaged or not meant for this server; it was ignored and the bench keeps serving.</source>
            <translation>Il est endommagé ou ne s’adresse pas à ce serveur ; il a été ignoré et le banc continue de servir.</translation>
        </message>
        <message>
            <source>Nothing to do unless it repeats; then find the sender's address in the log.</source>
            <translation>Rien à faire sauf si cela se répète ; cherchez alors l’adresse de l’expéditeur dans le journal.</translation>
        </message>
        <message>
            <source>A device asked for a file outside the bench's folders.</source>
            <translation>Un appareil a demandé un fichier hors des dossiers du banc.</translation>
        </message>
        <message>
            <source>Names with ".." are refused, so nothing else on this computer can be read.</source>
            <translation>Les noms contenant « .. » sont refusés, pour que rien d’autre sur cet ordinateur ne puisse être lu.</translation>
        </message>
        <message>
            <source>Nothing to do: phones never ask for such names. If it repeats, find the device by its address in the log.</source>
            <translation>Rien à faire : les téléphones ne demandent jamais de tels noms. Si cela se répète, retrouvez l’appareil par son adresse dans le journal.</translation>
        </message>
        <message>
            <source>A phone's configuration file was refused to a device.</source>
            <translation>Le fichier de configuration d’un téléphone a été refusé à un appareil.</translation>
        </message>
        <message>
            <source>It holds the phone's settings and password, and only goes to the address the phone was leased.</source>
            <translation>Il contient les réglages et le mot de passe du téléphone, et n’est remis qu’à l’adresse attribuée à ce téléphone.</translation>
        </message>
        <message>
            <source>If a real phone was refused, unplug it and plug it back in so it asks for its address again.</source>
            <translation>Si un vrai téléphone a été refusé, débranchez-le et rebranchez-le pour qu’il redemande son adresse.</translation>
        </message>
        <message>
            <source>A phone stopped answering during a file transfer.</source>
            <translation>Un téléphone a cessé de répondre pendant un transfert de fichier.</translation>
        </message>
        <message>
            <source>It rebooted, lost its cable, or the network drops packets.</source>
            <translation>Il a redémarré, perdu son câble, ou le réseau perd des paquets.</translation>
        </message>
        <message>
            <source>Check the phone's cable and switch port; after a reboot the phone asks again by itself.</source>
            <translation>Vérifiez le câble et le port du switch du téléphone ; après un redémarrage, il redemande de lui-même.</translation>
        </message>
        <message>
            <source>A phone stopped a file transfer.</source>
            <translation>Un téléphone a interrompu un transfert de fichier.</translation>
        </message>
        <message>
            <source>It reported an error or restarted in the middle of the file.</source>
            <translation>Il a signalé une erreur ou redémarré au milieu du fichier.</translation>
        </message>
        <message>
            <source>Wait: phones try again by themselves. If the same file fails again, import its bundle again on the Firmware page.</source>
            <translation>Patientez : les téléphones réessaient d’eux-mêmes. Si le même fichier échoue encore, importez à nouveau son paquet sur la page Micrologiciel.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this network.</source>
            <translation>Un autre serveur DHCP répond sur ce réseau.</translation>
        </message>
        <message>
            <source>Phones would take their address and TFTP server from it and never reach this bench.</source>
            <translation>Les téléphones prendraient chez lui leur adresse et leur serveur TFTP et n’atteindraient jamais ce banc.</translation>
        </message>
        <message>
            <source>Unplug the bench switch from the office network or switch that server off. Use the existing server (Network page) only if it sends phones to this computer.</source>
            <translation>Débranchez le switch du banc du réseau du bureau ou éteignez ce serveur. N’utilisez le serveur existant (page Réseau) que s’il envoie les téléphones vers cet ordinateur.</translation>
        </message>
        <message>
            <source>Every address of the pool is in use.</source>
            <translation>Toutes les adresses de la plage sont utilisées.</translation>
        </message>
        <message>
            <source>More devices asked for an address than the pool holds.</source>
            <translation>Plus d’appareils ont demandé une adresse que la plage n’en contient.</translation>
        </message>
        <message>
            <source>Widen the pool or shorten the lease time on the Network page, then restart the bench.</source>
            <translation>Élargissez la plage ou raccourcissez la durée du bail sur la page Réseau, puis redémarrez le banc.</translation>
        </message>
        <message>
            <source>The saved address leases could not be read.</source>
            <translation>Les baux d’adresses enregistrés n’ont pas pu être lus.</translation>
        </message>
        <message>
            <source>The file in the state folder is damaged, for example after a crash; the bench starts without them.</source>
            <translation>Le fichier du dossier d’état est endommagé, par exemple après un plantage ; le banc démarre sans eux.</translation>
        </message>
        <message>
            <source>Nothing to do: phones get new addresses. Unplug and replug a phone that does not show up.</source>
            <translation>Rien à faire : les téléphones reçoivent de nouvelles adresses. Débranchez et rebranchez un téléphone qui n’apparaît pas.</translation>
        </message>
        <message>
            <source>A phone's web page could not be read.</source>
            <translation>La page web d’un téléphone n’a pas pu être lue.</translation>
        </message>
        <message>
            <source>Its web server is off or did not answer; an old call manager often switches it off.</source>
            <translation>Son serveur web est désactivé ou n’a pas répondu ; un ancien call manager le désactive souvent.</translation>
        </message>
        <message>
            <source>Nothing to do while the bench retries. To check by hand, open the phone's address in a browser.</source>
            <translation>Rien à faire pendant que le banc réessaie. Pour vérifier à la main, ouvrez l’adresse du téléphone dans un navigateur.</translation>
        </message>
        <message>
            <source>A phone did not answer in time.</source>
            <translation>Un téléphone n’a pas répondu à temps.</translation>
        </message>
        <message>
            <source>Flashing firmware and rebooting can keep a phone silent for several minutes.</source>
            <translation>Le flashage du micrologiciel et le redémarrage peuvent rendre un téléphone muet pendant plusieurs minutes.</translation>
        </message>
        <message>
            <source>Wait a few minutes; if it stays silent, check its cable and power.</source>
            <translation>Patientez quelques minutes ; s’il reste muet, vérifiez son câble et son alimentation.</translation>
        </message>
        <message>
            <source>The %1 phone</source>
            <translation>Le téléphone %1</translation>
        </message>
        <message>
            <source>The phone</source>
            <translation>Le téléphone</translation>
        </message>
        <message>
            <source>%1 has no SIP firmware to convert to.</source>
            <translation>%1 : aucun micrologiciel SIP vers lequel le convertir.</translation>
        </message>
        <message>
            <source>No SIP bundle for its family (%1) is in the firmware library.</source>
            <translation>La bibliothèque ne contient aucun paquet SIP pour sa famille (%1).</translation>
        </message>
        <message>
            <source>On the Firmware page, import the Cisco SIP bundle for %1 (its load names start with %1), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>Sur la page Micrologiciel, importez le paquet SIP Cisco pour %1 (ses noms de load commencent par %1), redémarrez le banc, puis débranchez et rebranchez le téléphone.</translation>
        </message>
        <message>
            <source>%1 keeps rebooting on the same firmware.</source>
            <translation>%1 redémarre sans cesse sur le même micrologiciel.</translation>
        </message>
        <message>
            <source>%1 runs firmware older than 8.3(3) (%2).</source>
            <translation>%1 a un micrologiciel antérieur à 8.3(3) (%2).</translation>
        </message>
        <message>
            <source>A phone below 8.3(3) must first get a jump load between 8.3(3) and 8.5(2); going straight to 9.x makes it reboot in a loop.</source>
            <translation>Un téléphone sous 8.3(3) doit d’abord recevoir une version intermédiaire (jump load) entre 8.3(3) et 8.5(2) ; passer directement en 9.x le fait redémarrer en boucle.</translation>
        </message>
        <message>
            <source>On the Firmware page, import an 8.3(3) to 8.5(2) bundle for %1 (SCCP 8.5(2) works), restart the bench, then unplug the phone and plug it back in.</source>
            <translation>Sur la page Micrologiciel, importez un paquet 8.3(3) à 8.5(2) pour %1 (SCCP 8.5(2) convient), redémarrez le banc, puis débranchez et rebranchez le téléphone.</translation>
        </message>
        <message>
            <source>%1 keeps loading the same firmware without starting SIP, even after the jump load.</source>
            <translation>%1 recharge sans cesse le même micrologiciel sans démarrer en SIP, même après la version intermédiaire.</translation>
        </message>
        <message>
            <source>The new firmware does not stick: the bundle may not fit this model, or the phone's flash is damaged.</source>
            <translation>Le nouveau micrologiciel ne tient pas : le paquet ne convient peut-être pas à ce modèle, ou la mémoire flash du téléphone est endommagée.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then factory reset the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Vérifiez que le paquet de la page Micrologiciel correspond à ce modèle. Puis réinitialisez le téléphone : allumez-le en maintenant #, tapez %1 et laissez-le recharger. S’il boucle encore, le téléphone doit être réparé.</translation>
        </message>
        <message>
            <source>Check that the bundle on the Firmware page is for this model. Then format the phone: power it up holding #, type %1, and let it load again. If it still loops, the phone needs repair.</source>
            <translation>Vérifiez que le paquet de la page Micrologiciel correspond à ce modèle. Puis formatez le téléphone : allumez-le en maintenant #, tapez %1 et laissez-le recharger. S’il boucle encore, le téléphone doit être réparé.</translation>
        </message>
        <message>
            <source>A phone's configuration was refused to another address.</source>
            <translation>La configuration d’un téléphone a été refusée à une autre adresse.</translation>
        </message>
        <message>
            <source>It holds the phone's password, so the bench gives it only to the address it leased to that phone.</source>
            <translation>Elle contient le mot de passe du téléphone, donc le banc ne la remet qu’à l’adresse attribuée à ce téléphone.</translation>
        </message>
        <message>
            <source>If the phone itself moved to a new address, unplug it and plug it back in. Otherwise look for the device in the log: it asked for a file that is not its own.</source>
            <translation>Si le téléphone lui-même a changé d’adresse, débranchez-le et rebranchez-le. Sinon, cherchez l’appareil dans le journal : il a demandé un fichier qui n’est pas le sien.</translation>
        </message>
        <message>
            <source>The first address that asked for a phone's configuration now receives it.</source>
            <translation>La première adresse qui a demandé la configuration d’un téléphone la reçoit désormais.</translation>
        </message>
        <message>
            <source>With the existing DHCP server the bench cannot check which device owns a MAC address.</source>
            <translation>Avec le serveur DHCP existant, le banc ne peut pas vérifier à quel appareil appartient une adresse MAC.</translation>
        </message>
        <message>
            <source>Make sure only the phones you convert are on this network, or let sccp2sip run DHCP (Network page).</source>
            <translation>Assurez-vous que seuls les téléphones à convertir sont sur ce réseau, ou laissez sccp2sip gérer le DHCP (page Réseau).</translation>
        </message>
        <message>
            <source>%1 has been silent for several minutes.</source>
            <translation>%1 est muet depuis plusieurs minutes.</translation>
        </message>
        <message>
            <source>Flashing takes a few minutes, but this is longer: it may have lost power or its cable, or it waits for a key press on its screen.</source>
            <translation>Le flashage prend quelques minutes, mais c’est plus long : il a peut-être perdu son alimentation ou son câble, ou il attend une touche à l’écran.</translation>
        </message>
        <message>
            <source>Look at the phone's screen, check its cable and power, then unplug it and plug it back in.</source>
            <translation>Regardez l’écran du téléphone, vérifiez son câble et son alimentation, puis débranchez-le et rebranchez-le.</translation>
        </message>
        <message>
            <source>%1 does not run the firmware it was given.</source>
            <translation>%1 n’exécute pas le micrologiciel qui lui a été donné.</translation>
        </message>
        <message>
            <source>%1 runs %2, not %3.</source>
            <translation>%1 exécute %2, et non %3.</translation>
        </message>
        <message>
            <source>It kept its old firmware or loaded another server's: an "Alternate TFTP" setting on the phone or a second DHCP server can send it elsewhere.</source>
            <translation>Il a gardé son ancien micrologiciel ou chargé celui d’un autre serveur : un réglage « Alternate TFTP » sur le téléphone ou un second serveur DHCP peut l’envoyer ailleurs.</translation>
        </message>
        <message>
            <source>Make sure this bench is the only DHCP server, then factory reset the phone (power it up holding #, type %1) so it loads the firmware again.</source>
            <translation>Assurez-vous que ce banc est le seul serveur DHCP, puis réinitialisez le téléphone (allumez-le en maintenant #, tapez %1) pour qu’il recharge le micrologiciel.</translation>
        </message>
        <message>
            <source>%1 reached SIP, but its web page could not confirm the firmware.</source>
            <translation>%1 est passé en SIP, mais sa page web n’a pas pu confirmer le micrologiciel.</translation>
        </message>
        <message>
            <source>Its web server is off (an old call manager may have switched it off) or the phone restarted while being asked.</source>
            <translation>Son serveur web est désactivé (un ancien call manager l’a peut-être coupé) ou le téléphone a redémarré pendant la requête.</translation>
        </message>
        <message>
            <source>Read the firmware version on the phone under Settings &gt; Model Information. If it starts with SIP, the phone is converted; otherwise restart the bench and power-cycle the phone.</source>
            <translation>Lisez la version du micrologiciel sur le téléphone sous Settings &gt; Model Information. Si elle commence par SIP, le téléphone est converti ; sinon, redémarrez le banc et éteignez puis rallumez le téléphone.</translation>
        </message>
        <message>
            <source>%1 still holds the trust list of its old call manager.</source>
            <translation>%1 garde la liste de confiance de son ancien call manager.</translation>
        </message>
        <message>
            <source>It asks for signed files and ignores the unsigned configuration this bench serves.</source>
            <translation>Il demande des fichiers signés et ignore la configuration non signée servie par ce banc.</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Débranchez le téléphone, puis rallumez-le en maintenant la touche #.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Relâchez # et tapez %1.</translation>
        </message>
        <message>
            <source>If it still asks for signed files, do the same with %1 (format: the phone also loads its firmware again).</source>
            <translation>S’il demande encore des fichiers signés, faites de même avec %1 (formatage : le téléphone recharge aussi son micrologiciel).</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3, press %4 and confirm. When it then asks for its plain configuration, it is free.</source>
            <translation>Sur le téléphone, appuyez sur Settings, ouvrez %1, tapez %2 pour déverrouiller, sélectionnez %3, appuyez sur %4 et confirmez. Quand il demande ensuite sa configuration non signée, il est libéré.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open %1, type %2 to unlock, select %3 and press %4. When it then asks for its plain configuration, it is free.</source>
            <translation>Sur le téléphone, appuyez sur Settings, ouvrez %1, tapez %2 pour déverrouiller, sélectionnez %3 et appuyez sur %4. Quand il demande ensuite sa configuration non signée, il est libéré.</translation>
        </message>
        <message>
            <source>On the phone press Settings, open Security Configuration &gt; Trust List, type **# to unlock, and erase the CTL and ITL files. If there is no such menu, factory reset the phone: power it up holding #, then type %1.</source>
            <translation>Sur le téléphone, appuyez sur Settings, ouvrez Security Configuration &gt; Trust List, tapez **# pour déverrouiller et effacez les fichiers CTL et ITL. S’il n’y a pas ce menu, réinitialisez le téléphone : allumez-le en maintenant #, puis tapez %1.</translation>
        </message>
        <message>
            <source>this model</source>
            <translation>ce modèle</translation>
        </message>
        <message>
            <source>SIP over TLS is not offered.</source>
            <translation>SIP sur TLS n'est pas proposé.</translation>
        </message>
        <message>
            <source>A 79xx phone registers over TLS only with the PBX's certificate in a trust list signed by a key it already trusts, which only a Cisco call manager can make; a TLS config would never register.</source>
            <translation>Un téléphone 79xx ne s'enregistre en TLS qu'avec le certificat de l'IPBX dans une liste de confiance signée par une clé qu'il connaît déjà, ce que seul un Cisco Call Manager sait produire ; une configuration TLS ne s'enregistrerait jamais.</translation>
        </message>
        <message>
            <source>Choose UDP (or TCP if the PBX listens on it).</source>
            <translation>Choisissez UDP (ou TCP si l'IPBX l'écoute).</translation>
        </message>
        <message>
            <source>A phone refused the address it was given.</source>
            <translation>Un téléphone a refusé l'adresse qui lui a été attribuée.</translation>
        </message>
        <message>
            <source>Another device on the bench answers for that address (a static address, or a second DHCP server's lease); the phone asks again and gets another one.</source>
            <translation>Un autre appareil du banc répond pour cette adresse (une adresse fixe, ou le bail d'un second serveur DHCP) ; le téléphone redemande et en reçoit une autre.</translation>
        </message>
        <message>
            <source>Nothing to do if the phone carries on. If it happens again, find the device with that address (Details) and unplug it or move it out of the pool.</source>
            <translation>Rien à faire si le téléphone continue. Si cela se reproduit, trouvez l'appareil qui a cette adresse (Détails) et débranchez-le ou sortez l'adresse de la plage.</translation>
        </message>
        <message>
            <source>The PBX host name cannot be resolved on this computer.</source>
            <translation>Le nom d’hôte du PBX ne peut pas être résolu sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Without its address the phones would never register: they cannot look it up themselves unless they are given a DNS server that knows it.</source>
            <translation>Sans son adresse, les téléphones ne s’enregistreraient jamais : ils ne peuvent le résoudre eux-mêmes que si on leur donne un serveur DNS qui le connaît.</translation>
        </message>
        <message>
            <source>Check the spelling and this computer's network, or enter the PBX's IP address instead.</source>
            <translation>Vérifiez l’orthographe et le réseau de cet ordinateur, ou saisissez plutôt l’adresse IP du PBX.</translation>
        </message>
    </context>
    <context>
        <name>ErrorPanel</name>
        <message>
            <source>&amp;Details</source>
            <translation>&amp;Détails</translation>
        </message>
        <message>
            <source>Show technical details</source>
            <translation>Afficher les détails techniques</translation>
        </message>
        <message>
            <source>Technical details</source>
            <translation>Détails techniques</translation>
        </message>
    </context>
    <context>
        <name>FirmwareLibraryModel</name>
        <message>
            <source>Ready (jump load)</source>
            <translation>Prêt (load intermédiaire)</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Prêt</translation>
        </message>
        <message>
            <source>%1 files, %2</source>
            <translation>%1 fichiers, %2</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Famille</translation>
        </message>
        <message>
            <source>Protocol</source>
            <translation>Protocole</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fichiers</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
    </context>
    <context>
        <name>FirmwarePage</name>
        <message>
            <source>Firmware</source>
            <translation>Micrologiciel</translation>
        </message>
        <message>
            <source>Import the Cisco firmware bundles you own: the SIP load for each phone model and, for phones older than 8.3(3), a jump load. Drop files here or choose them.</source>
            <translation>Importez les paquets de micrologiciel Cisco dont vous disposez : le load SIP de chaque modèle de téléphone et, pour les téléphones antérieurs à 8.3(3), un load intermédiaire. Déposez les fichiers ici ou choisissez-les.</translation>
        </message>
        <message>
            <source>Firmware library</source>
            <translation>Bibliothèque de micrologiciels</translation>
        </message>
        <message>
            <source>&amp;Library:</source>
            <translation>&amp;Bibliothèque :</translation>
        </message>
        <message>
            <source>&amp;Import bundles…</source>
            <translation>&amp;Importer des paquets…</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progression de l’importation</translation>
        </message>
        <message>
            <source>Import firmware bundles</source>
            <translation>Importer des paquets de micrologiciel</translation>
        </message>
        <message>
            <source>Firmware bundles (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</source>
            <translation>Paquets de micrologiciel (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Importing %1…</source>
            <translation>Importation de %1…</translation>
        </message>
        <message>
            <source>No phone model has a SIP load yet.</source>
            <translation>Aucun modèle de téléphone n’a encore de load SIP.</translation>
        </message>
        <message>
            <source>SIP load ready for: %1.</source>
            <translation>Load SIP prêt pour : %1.</translation>
        </message>
        <message>
            <source>Still without one: %1.</source>
            <translation>Encore sans : %1.</translation>
        </message>
        <message>
            <source>No jump load for %1: phones running firmware older than 8.3(3) need an 8.3(3) to 8.5(2) load first, or they keep rebooting.</source>
            <translation>Pas de load intermédiaire pour %1 : les téléphones dont le micrologiciel est antérieur à 8.3(3) ont d’abord besoin d’un load entre 8.3(3) et 8.5(2), sinon ils redémarrent en boucle.</translation>
        </message>
        <message>
            <source>Import at least one SIP firmware bundle: without it no phone can be converted.</source>
            <translation>Importez au moins un paquet de micrologiciel SIP : sans lui, aucun téléphone ne peut être converti.</translation>
        </message>
    </context>
    <context>
        <name>InventoryTableModel</name>
        <message>
            <source>MAC address</source>
            <translation>Adresse MAC</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
    </context>
    <context>
        <name>IssueMessages</name>
        <message>
            <source>MAC address</source>
            <translation>Adresse MAC</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Auth user</source>
            <translation>Identifiant</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Nom affiché</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse de l’IPBX</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>Port SIP</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>Serveur NTP</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Rangée</translation>
        </message>
        <message>
            <source>required; enter a value.</source>
            <translation>obligatoire ; saisissez une valeur.</translation>
        </message>
        <message>
            <source>not set; recommended.</source>
            <translation>non renseigné ; recommandé.</translation>
        </message>
        <message>
            <source>contains characters the phone or the PBX does not accept; use letters, digits, '.', '-' and '_'.</source>
            <translation>contient des caractères que le téléphone ou l’IPBX refuse ; utilisez des lettres, des chiffres, « . », « - » et « _ ».</translation>
        </message>
        <message>
            <source>too long for the phone; shorten it.</source>
            <translation>trop long pour le téléphone ; raccourcissez-le.</translation>
        </message>
        <message>
            <source>longer than %1 characters; some phone loads refuse that, so a shorter one is safer.</source>
            <translation>plus de %1 caractères ; certains loads de téléphone le refusent, une valeur plus courte est plus sûre.</translation>
        </message>
        <message>
            <source>must not contain spaces on 79xx phones.</source>
            <translation>ne doit pas contenir d’espaces sur les téléphones 79xx.</translation>
        </message>
        <message>
            <source>not an IPv4 address or host name (for example 192.168.1.10 or pbx.example.com).</source>
            <translation>ni une adresse IPv4 ni un nom d’hôte (par exemple 192.168.1.10 ou pbx.example.com).</translation>
        </message>
        <message>
            <source>out of range.</source>
            <translation>hors limites.</translation>
        </message>
        <message>
            <source>must differ from the secure SIP port.</source>
            <translation>doit être différent du port SIP sécurisé.</translation>
        </message>
        <message>
            <source>not a MAC address; it is printed on the phone's label (12 hexadecimal digits).</source>
            <translation>pas une adresse MAC ; elle figure sur l’étiquette du téléphone (12 chiffres hexadécimaux).</translation>
        </message>
        <message>
            <source>this phone and line are listed twice; remove one row.</source>
            <translation>ce téléphone et cette ligne figurent deux fois ; supprimez une rangée.</translation>
        </message>
        <message>
            <source>the file's row is broken (quotes or number of fields); fix it in the file.</source>
            <translation>la ligne du fichier est défectueuse (guillemets ou nombre de champs) ; corrigez-la dans le fichier.</translation>
        </message>
        <message>
            <source>File line %1: %2</source>
            <translation>Ligne %1 du fichier : %2</translation>
        </message>
        <message>
            <source>Router</source>
            <translation>Routeur</translation>
        </message>
        <message>
            <source>DNS server</source>
            <translation>Serveur DNS</translation>
        </message>
        <message>
            <source>not an IPv4 address (for example 192.168.1.1).</source>
            <translation>pas une adresse IPv4 (par exemple 192.168.1.1).</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <source>Log</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Log messages</source>
            <translation>Messages du journal</translation>
        </message>
        <message>
            <source>&amp;Follow</source>
            <translation>&amp;Suivre</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>Log file: %1</source>
            <translation>Fichier journal : %1</translation>
        </message>
        <message>
            <source>The log file %1 does not exist yet. It appears as soon as sccp2sip logs something.</source>
            <translation>Le fichier journal %1 n’existe pas encore. Il apparaît dès que sccp2sip journalise quelque chose.</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Choose the card cabled to the phones' switch and how the phones get their addresses.</source>
            <translation>Choisissez la carte reliée au commutateur des téléphones et la façon dont les téléphones obtiennent leur adresse.</translation>
        </message>
        <message>
            <source>Network card</source>
            <translation>Carte réseau</translation>
        </message>
        <message>
            <source>Network &amp;card:</source>
            <translation>&amp;Carte réseau :</translation>
        </message>
        <message>
            <source>R&amp;efresh</source>
            <translation>Actuali&amp;ser</translation>
        </message>
        <message>
            <source>Addresses for the phones</source>
            <translation>Adresses des téléphones</translation>
        </message>
        <message>
            <source>&amp;Run the DHCP server of sccp2sip on this card</source>
            <translation>&amp;Faire tourner le serveur DHCP de sccp2sip sur cette carte</translation>
        </message>
        <message>
            <source>&amp;Use an existing DHCP server (it must send option 150 with this computer's address)</source>
            <translation>&amp;Utiliser un serveur DHCP existant (il doit envoyer l’option 150 avec l’adresse de cet ordinateur)</translation>
        </message>
        <message>
            <source>First address of the pool</source>
            <translation>Première adresse de la plage</translation>
        </message>
        <message>
            <source>automatic</source>
            <translation>automatique</translation>
        </message>
        <message>
            <source>Last address of the pool</source>
            <translation>Dernière adresse de la plage</translation>
        </message>
        <message>
            <source>Lease time in minutes</source>
            <translation>Durée du bail en minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;First address:</source>
            <translation>Premi&amp;ère adresse :</translation>
        </message>
        <message>
            <source>&amp;Last address:</source>
            <translation>&amp;Dernière adresse :</translation>
        </message>
        <message>
            <source>Lease &amp;time:</source>
            <translation>Durée du &amp;bail :</translation>
        </message>
        <message>
            <source>&amp;Scan for other DHCP servers</source>
            <translation>&amp;Rechercher d’autres serveurs DHCP</translation>
        </message>
        <message>
            <source>Scan in progress</source>
            <translation>Recherche en cours</translation>
        </message>
        <message>
            <source>Serve &amp;anyway: I am sure that server will not answer the phones</source>
            <translation>Servir &amp;quand même : je suis sûr que ce serveur ne répondra pas aux téléphones</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>pas d’adresse</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>lien actif</translation>
        </message>
        <message>
            <source>no link</source>
            <translation>pas de lien</translation>
        </message>
        <message>
            <source>Wi-Fi</source>
            <translation>Wi-Fi</translation>
        </message>
        <message>
            <source>No network card found. Connect the USB or built-in Ethernet card, then press Refresh.</source>
            <translation>Aucune carte réseau trouvée. Branchez la carte Ethernet USB ou intégrée, puis cliquez sur « Actualiser ».</translation>
        </message>
        <message>
            <source>This is a Wi-Fi card. Phones are cabled: choose the wired card connected to their switch.</source>
            <translation>C’est une carte Wi-Fi. Les téléphones sont câblés : choisissez la carte filaire reliée à leur commutateur.</translation>
        </message>
        <message>
            <source>This card has no IPv4 address. Give it a fixed one (for example 10.231.0.1/24) in the system's network settings, then press Refresh.</source>
            <translation>Cette carte n’a pas d’adresse IPv4. Donnez-lui une adresse fixe (par exemple 10.231.0.1/24) dans les réglages réseau du système, puis cliquez sur « Actualiser ».</translation>
        </message>
        <message>
            <source>No link on this card: check the cable to the switch.</source>
            <translation>Pas de lien sur cette carte : vérifiez le câble vers le commutateur.</translation>
        </message>
        <message>
            <source>The scan could not run: %1</source>
            <translation>La recherche n’a pas pu s’exécuter : %1</translation>
        </message>
        <message>
            <source>✔ No other DHCP server answered on this card.</source>
            <translation>✔ Aucun autre serveur DHCP n’a répondu sur cette carte.</translation>
        </message>
        <message>
            <source>✘ Another DHCP server answers on this card: %1. Phones would take its addresses and never find this bench. Unplug it from the switch, or choose "Use an existing DHCP server".</source>
            <translation>✘ Un autre serveur DHCP répond sur cette carte : %1. Les téléphones prendraient ses adresses et ne trouveraient jamais ce banc. Débranchez-le du commutateur, ou choisissez « Utiliser un serveur DHCP existant ».</translation>
        </message>
        <message>
            <source>Enter both pool addresses as IPv4 addresses (for example 10.231.0.100), or leave both empty.</source>
            <translation>Saisissez les deux adresses de la plage en IPv4 (par exemple 10.231.0.100), ou laissez-les vides toutes les deux.</translation>
        </message>
        <message>
            <source>The pool must lie in the card's network %1/%2.</source>
            <translation>La plage doit se trouver dans le réseau de la carte, %1/%2.</translation>
        </message>
        <message>
            <source>The first pool address must not come after the last one.</source>
            <translation>La première adresse de la plage ne doit pas venir après la dernière.</translation>
        </message>
        <message>
            <source>The pool holds only this computer's own address.</source>
            <translation>La plage ne contient que l’adresse de cet ordinateur.</translation>
        </message>
        <message>
            <source>Choose the network card cabled to the phones.</source>
            <translation>Choisissez la carte réseau câblée aux téléphones.</translation>
        </message>
        <message>
            <source>The chosen card has no IPv4 address, so the phones could not reach this computer.</source>
            <translation>La carte choisie n’a pas d’adresse IPv4 : les téléphones ne pourraient pas joindre cet ordinateur.</translation>
        </message>
        <message>
            <source>Scan for other DHCP servers first: two servers on one switch give the phones the wrong addresses.</source>
            <translation>Recherchez d’abord d’autres serveurs DHCP : deux serveurs sur un même commutateur donnent de mauvaises adresses aux téléphones.</translation>
        </message>
        <message>
            <source>Another DHCP server answers on this card. Remove it, use it instead, or tick "Serve anyway".</source>
            <translation>Un autre serveur DHCP répond sur cette carte. Retirez-le, utilisez-le à la place, ou cochez « Servir quand même ».</translation>
        </message>
        <message>
            <source>Asking the network on %1 for other DHCP servers (slow ones included, up to %2 s)…</source>
            <translation>Recherche d'autres serveurs DHCP sur le réseau de %1 (y compris les lents, jusqu'à %2 s)…</translation>
        </message>
    </context>
    <context>
        <name>PbxPage</name>
        <message>
            <source>PBX and lines</source>
            <translation>IPBX et lignes</translation>
        </message>
        <message>
            <source>Where the phones register, and the lines of each phone. Passwords are kept in the system keychain, never in files.</source>
            <translation>Où les téléphones s’enregistrent, et les lignes de chaque téléphone. Les mots de passe restent dans le trousseau du système, jamais dans des fichiers.</translation>
        </message>
        <message>
            <source>PBX address</source>
            <translation>Adresse de l’IPBX</translation>
        </message>
        <message>
            <source>192.168.1.10 or pbx.example.com</source>
            <translation>192.168.1.10 ou pbx.example.com</translation>
        </message>
        <message>
            <source>SIP port</source>
            <translation>Port SIP</translation>
        </message>
        <message>
            <source>Transport</source>
            <translation>Transport</translation>
        </message>
        <message>
            <source>NTP server</source>
            <translation>Serveur NTP</translation>
        </message>
        <message>
            <source>optional; without it the phones show a wrong time</source>
            <translation>facultatif ; sans lui, les téléphones affichent une heure fausse</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>Fuseau horaire</translation>
        </message>
        <message>
            <source>Phone language</source>
            <translation>Langue des téléphones</translation>
        </message>
        <message>
            <source>PBX &amp;address:</source>
            <translation>&amp;Adresse de l’IPBX :</translation>
        </message>
        <message>
            <source>&amp;Transport:</source>
            <translation>&amp;Transport :</translation>
        </message>
        <message>
            <source>SIP &amp;port:</source>
            <translation>P&amp;ort SIP :</translation>
        </message>
        <message>
            <source>&amp;NTP server:</source>
            <translation>Serveur &amp;NTP :</translation>
        </message>
        <message>
            <source>Time &amp;zone:</source>
            <translation>&amp;Fuseau horaire :</translation>
        </message>
        <message>
            <source>Phone lan&amp;guage:</source>
            <translation>Lan&amp;gue des téléphones :</translation>
        </message>
        <message>
            <source>Phones and lines</source>
            <translation>Téléphones et lignes</translation>
        </message>
        <message>
            <source>P&amp;hones and lines:</source>
            <translation>Télép&amp;hones et lignes :</translation>
        </message>
        <message>
            <source>A&amp;dd line</source>
            <translation>Ajouter une &amp;ligne</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Supp&amp;rimer</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Importer un CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Import inventory</source>
            <translation>Importer l’inventaire</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export inventory (without passwords)</source>
            <translation>Exporter l’inventaire (sans les mots de passe)</translation>
        </message>
        <message>
            <source>Talking to the system keychain…</source>
            <translation>Échange avec le trousseau du système…</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>Lecture de %1…</translation>
        </message>
        <message>
            <source>Imported %1 phones.</source>
            <translation>%1 téléphones importés.</translation>
        </message>
        <message>
            <source>Imported %1 phones; rows left out:
%2</source>
            <translation>%1 téléphones importés ; lignes écartées :
%2</translation>
        </message>
        <message>
            <source>Exported to %1 (without passwords).</source>
            <translation>Exporté vers %1 (sans les mots de passe).</translation>
        </message>
        <message>
            <source>Fix the PBX settings shown in red.</source>
            <translation>Corrigez les réglages de l’IPBX indiqués en rouge.</translation>
        </message>
        <message>
            <source>Add at least one phone line, or import an inventory file.</source>
            <translation>Ajoutez au moins une ligne, ou importez un fichier d’inventaire.</translation>
        </message>
        <message>
            <source>Fix the cells marked in red in the table (hover over a cell to see why).</source>
            <translation>Corrigez les cellules marquées en rouge dans le tableau (survolez une cellule pour voir pourquoi).</translation>
        </message>
        <message>
            <source>TLS is not offered: a phone registers over TLS only with a trust list signed for its PBX, which only a Cisco call manager can make.</source>
            <translation>TLS n'est pas proposé : un téléphone ne s'enregistre en TLS qu'avec une liste de confiance signée pour son IPBX, que seul un Cisco Call Manager sait produire.</translation>
        </message>
        <message>
            <source>Router for the phones</source>
            <translation>Routeur pour les téléphones</translation>
        </message>
        <message>
            <source>optional; needed when the PBX is on another network</source>
            <translation>facultatif ; nécessaire si le PBX est sur un autre réseau</translation>
        </message>
        <message>
            <source>DNS server for the phones</source>
            <translation>Serveur DNS pour les téléphones</translation>
        </message>
        <message>
            <source>optional; without it a PBX name is written as its address</source>
            <translation>facultatif ; sans lui, un nom de PBX est écrit sous forme d’adresse</translation>
        </message>
        <message>
            <source>Ro&amp;uter (phones):</source>
            <translation>Ro&amp;uteur (téléphones) :</translation>
        </message>
        <message>
            <source>DN&amp;S server (phones):</source>
            <translation>&amp;Serveur DNS (téléphones) :</translation>
        </message>
    </context>
    <context>
        <name>PbxPlanTexts</name>
        <message>
            <source>The phones will look up %1 through the DNS server %2 (this computer finds it at %3).</source>
            <translation>Les téléphones résoudront %1 via le serveur DNS %2 (cet ordinateur le trouve à %3).</translation>
        </message>
        <message>
            <source>No DNS server is given to the phones, so their configs name %1 by its address %2, as this computer resolves it now.</source>
            <translation>Aucun serveur DNS n’est donné aux téléphones : leurs configurations désignent donc %1 par son adresse %2, telle que cet ordinateur la résout maintenant.</translation>
        </message>
    </context>
    <context>
        <name>PhoneResetTexts</name>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the line buttons flash amber (this can take a minute or more).</source>
            <translation>Débranchez le téléphone. Maintenez # en le rebranchant, jusqu’à ce que les touches de ligne clignotent en orange (cela peut prendre une minute ou plus).</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the light strip on the handset flashes red in sequence.</source>
            <translation>Débranchez le téléphone. Maintenez # en le rebranchant, jusqu’à ce que la bande lumineuse du combiné clignote en rouge, segment après segment.</translation>
        </message>
        <message>
            <source>Unplug the phone. Hold # while you plug it in, until the Headset, Mute and Speaker buttons flash.</source>
            <translation>Débranchez le téléphone. Maintenez # en le rebranchant, jusqu’à ce que les touches Headset, Mute et Speaker clignotent.</translation>
        </message>
        <message>
            <source>the screen shows "Upgrading".</source>
            <translation>l’écran affiche « Upgrading ».</translation>
        </message>
        <message>
            <source>the line buttons flash red.</source>
            <translation>les touches de ligne clignotent en rouge.</translation>
        </message>
        <message>
            <source>the line lamps turn green.</source>
            <translation>les voyants de ligne passent au vert.</translation>
        </message>
        <message>
            <source>the handset light strip lights in sequence.</source>
            <translation>la bande lumineuse du combiné s’allume en séquence.</translation>
        </message>
        <message>
            <source>Type it within 60 seconds. When the phone asks "Keep network cfg? 1=yes 2=no", press 2.</source>
            <translation>Tapez-la dans les 60 secondes. Quand le téléphone demande « Keep network cfg? 1=yes 2=no », appuyez sur 2.</translation>
        </message>
    </context>
    <context>
        <name>PreflightPage</name>
        <message>
            <source>Before you start</source>
            <translation>Avant de commencer</translation>
        </message>
        <message>
            <source>sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP servers on this computer, so check the bench first.</source>
            <translation>sccp2sip transforme les téléphones Cisco 79xx SCCP en téléphones SIP. Il fait tourner ses propres serveurs DHCP et TFTP sur cet ordinateur : vérifiez donc d’abord le banc.</translation>
        </message>
        <message>
            <source>The phones, each powered by PoE or its own power brick.</source>
            <translation>Les téléphones, chacun alimenté par PoE ou par son propre bloc d’alimentation.</translation>
        </message>
        <message>
            <source>A plain switch between this computer and the phones: no voice VLAN, not the office network.</source>
            <translation>Un simple commutateur entre cet ordinateur et les téléphones : pas de VLAN voix, pas le réseau du bureau.</translation>
        </message>
        <message>
            <source>This computer cabled to that switch (a wired card, not Wi-Fi).</source>
            <translation>Cet ordinateur relié à ce commutateur par câble (une carte filaire, pas le Wi-Fi).</translation>
        </message>
        <message>
            <source>The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files).</source>
            <translation>Les paquets de micrologiciel Cisco que vous possédez pour vos modèles (fichiers zip, tar ou cop.sgn).</translation>
        </message>
        <message>
            <source>The address of your PBX and the extension, user name and password of each phone's line.</source>
            <translation>L’adresse de votre PBX ainsi que le poste, le nom d’utilisateur et le mot de passe de la ligne de chaque téléphone.</translation>
        </message>
        <message>
            <source>What the bench needs</source>
            <translation>Ce dont le banc a besoin</translation>
        </message>
        <message>
            <source>Server ports</source>
            <translation>Ports des serveurs</translation>
        </message>
        <message>
            <source>Command that allows the server ports</source>
            <translation>Commande qui autorise les ports des serveurs</translation>
        </message>
        <message>
            <source>Cop&amp;y command</source>
            <translation>&amp;Copier la commande</translation>
        </message>
        <message>
            <source>Restart as &amp;administrator</source>
            <translation>Redémarrer en &amp;administrateur</translation>
        </message>
        <message>
            <source>&amp;Check again</source>
            <translation>&amp;Vérifier à nouveau</translation>
        </message>
        <message>
            <source>&amp;Prepare only: continue without the servers (firmware and lines)</source>
            <translation>&amp;Préparer seulement : continuer sans les serveurs (micrologiciel et lignes)</translation>
        </message>
        <message>
            <source>DHCP server (UDP %1)</source>
            <translation>Serveur DHCP (UDP %1)</translation>
        </message>
        <message>
            <source>TFTP server (UDP %1)</source>
            <translation>Serveur TFTP (UDP %1)</translation>
        </message>
        <message>
            <source>✔ %1: ready</source>
            <translation>✔ %1 : prêt</translation>
        </message>
        <message>
            <source>✘ %1: blocked</source>
            <translation>✘ %1 : bloqué</translation>
        </message>
        <message>
            <source>The DHCP and TFTP ports must open before the bench can run. Fix the problem shown above, or tick "Prepare only" to set up firmware and lines now.</source>
            <translation>Les ports DHCP et TFTP doivent s’ouvrir avant que le banc puisse fonctionner. Corrigez le problème indiqué ci-dessus, ou cochez « Préparer seulement » pour configurer dès maintenant le micrologiciel et les lignes.</translation>
        </message>
        <message>
            <source>pkexec could not be started. Run the command above in a terminal instead.</source>
            <translation>Impossible de lancer pkexec. Exécutez plutôt la commande ci-dessus dans un terminal.</translation>
        </message>
        <message>
            <source>… checking</source>
            <translation>… vérification</translation>
        </message>
    </context>
    <context>
        <name>ReportHtml</name>
        <message>
            <source>Bench report</source>
            <translation>Rapport du banc</translation>
        </message>
        <message>
            <source>Written by sccp2sip %1 on %2.</source>
            <translation>Établi par sccp2sip %1 le %2.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>What the bench did to each phone. Save the report for your records or print it; phones that failed or need attention say why and what to do.</source>
            <translation>Ce que le banc a fait de chaque téléphone. Enregistrez ou imprimez le rapport pour vos archives ; les téléphones en échec ou à surveiller indiquent pourquoi et quoi faire.</translation>
        </message>
        <message>
            <source>Shows the report the bench last saved in the state folder, for example after sccp2sip was closed or crashed.</source>
            <translation>Affiche le dernier rapport enregistré par le banc dans le dossier d’état, par exemple après une fermeture ou un plantage de sccp2sip.</translation>
        </message>
        <message>
            <source>Phones in the report</source>
            <translation>Téléphones du rapport</translation>
        </message>
        <message>
            <source>&amp;Phones:</source>
            <translation>&amp;Liste des téléphones :</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Enregistrer en &amp;CSV…</translation>
        </message>
        <message>
            <source>Save as &amp;JSON…</source>
            <translation>Enregistrer en J&amp;SON…</translation>
        </message>
        <message>
            <source>The folder with the saved report, the log, the leases and the firmware library.</source>
            <translation>Le dossier contenant le rapport enregistré, le journal, les baux et la bibliothèque de micrologiciels.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Showing the report saved at %1 (%2).</source>
            <translation>Rapport enregistré le %1 (%2).</translation>
        </message>
        <message>
            <source>Showing this session's bench run.</source>
            <translation>Passage du banc de cette session.</translation>
        </message>
        <message>
            <source>The bench ran in this session but saw no phone.</source>
            <translation>Le banc a tourné pendant cette session mais n’a vu aucun téléphone.</translation>
        </message>
        <message>
            <source>The bench has not run in this session. Load the last saved report to see what happened before.</source>
            <translation>Le banc n’a pas tourné pendant cette session. Chargez le dernier rapport enregistré pour voir ce qui s’est passé avant.</translation>
        </message>
        <message>
            <source>The bench has not run yet, and no report is saved in the state folder.</source>
            <translation>Le banc n’a pas encore tourné, et aucun rapport n’est enregistré dans le dossier d’état.</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>Fichiers JSON (*.json)</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Pages web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>The state folder could not be opened.</source>
            <translation>Le dossier d’état n’a pas pu être ouvert.</translation>
        </message>
        <message>
            <source>No file manager answered the request to show it.</source>
            <translation>Aucun gestionnaire de fichiers n’a répondu à la demande d’affichage.</translation>
        </message>
        <message>
            <source>Open %1 in your file manager yourself.</source>
            <translation>Ouvrez vous-même %1 dans votre gestionnaire de fichiers.</translation>
        </message>
        <message>
            <source>Load last saved &amp;report</source>
            <translation>Charger le dernier &amp;rapport enregistré</translation>
        </message>
        <message>
            <source>Save printable &amp;HTML…</source>
            <translation>Enregistrer en &amp;HTML imprimable…</translation>
        </message>
        <message>
            <source>&amp;Open state folder</source>
            <translation>&amp;Ouvrir le dossier d’état</translation>
        </message>
    </context>
    <context>
        <name>ReportPhoneModel</name>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>%1 (target)</source>
            <translation>%1 (cible)</translation>
        </message>
        <message>
            <source>It was at the %1 stage when the bench stopped.</source>
            <translation>Il était à l’étape %1 quand le banc s’est arrêté.</translation>
        </message>
        <message>
            <source>MAC</source>
            <translation>MAC</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N° de série</translation>
        </message>
        <message>
            <source>IP address</source>
            <translation>Adresse IP</translation>
        </message>
        <message>
            <source>Old → new load</source>
            <translation>Ancien → nouveau micrologiciel</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Cause and fix</source>
            <translation>Cause et solution</translation>
        </message>
        <message>
            <source>First seen</source>
            <translation>Vu la première fois</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>Vu la dernière fois</translation>
        </message>
    </context>
    <context>
        <name>ReportSummary</name>
        <message>
            <source>Verified</source>
            <translation>Vérifiés</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Échec</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>À surveiller</translation>
        </message>
        <message>
            <source>Unfinished</source>
            <translation>Inachevé</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>inconnu</translation>
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
            <translation>%1 (de %2 à %3)</translation>
        </message>
        <message>
            <source>%1 × %2</source>
            <translation>%1 × %2</translation>
        </message>
        <message>
            <source>unknown model</source>
            <translation>modèle inconnu</translation>
        </message>
        <message>
            <source>%1 → %2 (%3)</source>
            <translation>%1 → %2 (%3)</translation>
        </message>
        <message>
            <source>unknown load</source>
            <translation>version inconnue</translation>
        </message>
        <message>
            <source>Phones</source>
            <translation>Téléphones</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Models converted</source>
            <translation>Modèles convertis</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>Loads</source>
            <translation>Micrologiciels</translation>
        </message>
    </context>
    <context>
        <name>TrustListGuide</name>
        <message>
            <source>Phone model</source>
            <translation>Modèle de téléphone</translation>
        </message>
        <message>
            <source>Phone &amp;model:</source>
            <translation>&amp;Modèle de téléphone :</translation>
        </message>
        <message>
            <source>Notes for this model</source>
            <translation>Remarques sur ce modèle</translation>
        </message>
        <message>
            <source>1. Erase the trust list from the menu</source>
            <translation>1. Effacer la liste de confiance depuis le menu</translation>
        </message>
        <message>
            <source>This model keeps no trust list that the menu can erase. If it still asks for signed files, use the factory reset below.</source>
            <translation>Ce modèle n’a pas de liste de confiance effaçable depuis le menu. S’il demande quand même des fichiers signés, faites la réinitialisation d’usine ci-dessous.</translation>
        </message>
        <message>
            <source>Press the Settings button and open %1.</source>
            <translation>Appuyez sur la touche Settings et ouvrez %1.</translation>
        </message>
        <message>
            <source>Older firmware names the path differently: %1.</source>
            <translation>Les micrologiciels plus anciens nomment le chemin autrement : %1.</translation>
        </message>
        <message>
            <source>Type %1 on the keypad to unlock the settings (a padlock opens on the screen).</source>
            <translation>Tapez %1 sur le clavier pour déverrouiller les paramètres (un cadenas s’ouvre à l’écran).</translation>
        </message>
        <message>
            <source>Select %1, press the %2 softkey and confirm.</source>
            <translation>Sélectionnez %1, appuyez sur la touche programmable %2 et confirmez.</translation>
        </message>
        <message>
            <source>Select %1 and press the %2 softkey.</source>
            <translation>Sélectionnez %1 et appuyez sur la touche programmable %2.</translation>
        </message>
        <message>
            <source>It worked when the bench page shows the phone asking for its plain configuration file instead of signed (.sgn) files. If Erase is greyed out or nothing changes, do the factory reset.</source>
            <translation>C’est réussi quand la page du banc montre que le téléphone demande son fichier de configuration ordinaire au lieu de fichiers signés (.sgn). Si « Erase » est grisé ou si rien ne change, faites la réinitialisation d’usine.</translation>
        </message>
        <message>
            <source>No public source confirms these menu names for this model: follow what the phone shows.</source>
            <translation>Aucune source publique ne confirme ces noms de menu pour ce modèle : suivez ce qu’affiche le téléphone.</translation>
        </message>
        <message>
            <source>2. Factory reset</source>
            <translation>2. Réinitialisation d’usine</translation>
        </message>
        <message>
            <source>Unplug the phone, then power it up while holding #.</source>
            <translation>Débranchez le téléphone, puis rallumez-le en maintenant la touche #.</translation>
        </message>
        <message>
            <source>Release # and type %1.</source>
            <translation>Relâchez # et tapez %1.</translation>
        </message>
        <message>
            <source>While it runs: %1</source>
            <translation>Pendant l’opération : %1</translation>
        </message>
        <message>
            <source>3. Format (last resort)</source>
            <translation>3. Formatage (dernier recours)</translation>
        </message>
        <message>
            <source>Enter reset mode as above and type %1 instead. This removes the trust list for certain, and the firmware too: the phone then loads it again from this bench, which takes longer.</source>
            <translation>Passez en mode réinitialisation comme ci-dessus et tapez %1 à la place. Cela supprime à coup sûr la liste de confiance, mais aussi le micrologiciel : le téléphone le recharge alors depuis ce banc, ce qui prend plus de temps.</translation>
        </message>
    </context>
    <context>
        <name>TrustListPage</name>
        <message>
            <source>Trust list and resets</source>
            <translation>Liste de confiance et réinitialisations</translation>
        </message>
        <message>
            <source>Phones that belonged to a Cisco call manager keep its trust list and ignore this bench. The bench page tells you which phones need this; here is how, per model.</source>
            <translation>Les téléphones qui dépendaient d’un Cisco Call Manager gardent sa liste de confiance et ignorent ce banc. La page du banc indique quels téléphones sont concernés ; voici la marche à suivre, modèle par modèle.</translation>
        </message>
        <message>
            <source>Choose a phone model to see its steps.</source>
            <translation>Choisissez un modèle de téléphone pour voir ses étapes.</translation>
        </message>
    </context>
</TS>
