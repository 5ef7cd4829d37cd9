# Installers for every OS, one version: project(VERSION) in the top-level CMakeLists.txt.
#   Linux:   cpack -G DEB        (checked end to end by scripts/check-package)
#   Windows: cpack -G NSIS       (CI only, see docs/install.md)
#   macOS:   cpack -G DragNDrop  (CI only)
# Included last from the top-level CMakeLists.txt, after every install() rule.

set(CPACK_PACKAGE_NAME sccp2sip)
set(CPACK_PACKAGE_VENDOR "sccp2sip contributors")
set(CPACK_PACKAGE_CONTACT "${SCCP2SIP_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 columns: CPack DEB indents each one into the control file's Description.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "A wizard and a headless command-line tool that convert Cisco 79xx desk phones"
    "from SCCP to SIP firmware on a bench. They run their own DHCP and TFTP servers"
    "on the technician's network card, serve firmware and per-phone SIP"
    "configuration, and show each phone's progress."
    ""
    "The package lets both programs open UDP ports 67 and 69 without root by"
    "granting them cap_net_bind_service and cap_net_raw with setcap.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY sccp2sip)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES TRUE)
# Pass values such as the NSIS commands below to cpack exactly as written (quotes, backslashes).
set(CPACK_VERBATIM_VARIABLES TRUE)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
endif()

# --- Debian ---------------------------------------------------------------------------------------------------------
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    # The maintainer scripts name /usr/bin/... directly. Linux only: NSIS would put the programs in usr\bin while
    # its shortcut, icon and firewall rules name bin\.
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# dpkg-shlibdeps finds what the programs link; it cannot see what Qt and QtKeychain load at run time: the platform
# plugin (only a Recommends of libqt6gui6), libsecret (dlopen'd by QtKeychain), the SVG plugin for our icons. setcap
# (libcap2-bin) is used by the postinst.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(sccp2sip_deb_depends libcap2-bin libsecret-1-0)
if(SCCP2SIP_BUILD_GUI)
    list(PREPEND sccp2sip_deb_depends qt6-qpa-plugins libqt6svg6)
endif()
list(JOIN sccp2sip_deb_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# postinst grants cap_net_bind_service,cap_net_raw with setcap; prerm drops them; postrm purges the opt-out file.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_CURRENT_LIST_DIR}/linux/debian/postinst
    ${CMAKE_CURRENT_LIST_DIR}/linux/debian/prerm
    ${CMAKE_CURRENT_LIST_DIR}/linux/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

# --- Windows (NSIS) -------------------------------------------------------------------------------------------------
# CPack's NSIS template installs per machine (Program Files, Start menu for all users) when the account is an
# administrator, and per user (Documents\sccp2sip, the user's Start menu) otherwise; /D=<folder> picks another
# folder. The program itself never needs admin: settings live in HKCU via QSettings and data in %APPDATA%\sccp2sip.
# No "run now" checkbox on the last page, since it would start the wizard elevated.
# The 64-bit stub: NSIS's default 32-bit one cannot install silently under 64-bit Wine (scripts/windows checks the
# installer there), and a 64-bit program belongs in the 64-bit Program Files anyway.
set(CPACK_NSIS_DEFINES "Target amd64-unicode")
set(CPACK_NSIS_PACKAGE_NAME "sccp2sip ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME sccp2sip)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\sccp2sip.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${SCCP2SIP_MAINTAINER}")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")  # CPack's default is the 32-bit Program Files (x86)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES sccp2sip sccp2sip)  # Start-menu entry "sccp2sip" -> bin\sccp2sip.exe
# Windows Defender Firewall: one inbound rule per program for UDP (DHCP 67, TFTP 69 and the TFTP transfer ports the
# server opens per phone), for every profile, because a laptop cabled straight to a phone switch lands on an
# "Unidentified network" (Public). Deleted first so reinstalling never stacks duplicates; removed on uninstall.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="sccp2sip"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="sccp2sip-cli"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="sccp2sip" dir=in action=allow program="$INSTDIR\bin\sccp2sip.exe" protocol=UDP profile=any description="sccp2sip DHCP (UDP 67) and TFTP (UDP 69) servers"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall add rule name="sccp2sip-cli" dir=in action=allow program="$INSTDIR\bin\sccp2sip-cli.exe" protocol=UDP profile=any description="sccp2sip-cli DHCP (UDP 67) and TFTP (UDP 69) servers"'
  Pop $0
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="sccp2sip"'
  Pop $0
  nsExec::ExecToLog 'netsh advfirewall firewall delete rule name="sccp2sip-cli"'
  Pop $0
]=])

# --- macOS (DragNDrop) ----------------------------------------------------------------------------------------------
# The .app (with sccp2sip-cli inside Contents/MacOS) and an /Applications link in a compressed DMG.
set(CPACK_DMG_VOLUME_NAME "sccp2sip ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
