<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>BenchWizard</name>
        <message>
            <source>sccp2sip — Cisco phone bench</source>
            <translation>sccp2sip — banco de teléfonos Cisco</translation>
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
            <source>What the bench needs:</source>
            <translation>Lo que necesita el banco:</translation>
        </message>
    </context>
</TS>
