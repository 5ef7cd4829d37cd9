# sccp2sip_add_test(NAME name LABEL unit|integration|gui|interop SOURCES ... [LIBS ...] [TIMEOUT s] [KEYRING]
#                   [NOT_ON_WINE "reason"])
#
# One Qt Test executable per suite. GUI suites run on the offscreen platform. KEYRING runs the suite inside
# a private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring), so it never sees the
# developer's real keyring. Suites that need root and are run without it exit 77, which CTest reports as skipped.
# Cross-built for Windows, suites run under Wine (scripts/windows), KEYRING suites against the Credential Manager
# of its private prefix; those marked NOT_ON_WINE get the label not-on-wine, which that run leaves out.
function(sccp2sip_add_test)
    cmake_parse_arguments(T "KEYRING" "NAME;LABEL;TIMEOUT;NOT_ON_WINE" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL MATCHES "^(unit|integration|gui|interop)$")
        message(FATAL_ERROR "sccp2sip_add_test(${T_NAME}): LABEL must be unit, integration, gui or interop")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 60)
    endif()
    add_executable(tst_${T_NAME} ${T_SOURCES})
    target_link_libraries(tst_${T_NAME} PRIVATE Qt6::Test testsupport sccp2sip_defaults ${T_LIBS})
    set(labels ${T_LABEL})
    if(CMAKE_CROSSCOMPILING)
        # Naming the target (not its file) is what makes CTest run it through CMAKE_CROSSCOMPILING_EMULATOR (Wine).
        set(cmd tst_${T_NAME})
        # NOT_ON_WINE "why": built and listed, not run under Wine; the reason is written next to the suite.
        if(T_NOT_ON_WINE)
            list(APPEND labels not-on-wine)
        endif()
    else()
        set(cmd $<TARGET_FILE:tst_${T_NAME}>)
        if(T_KEYRING)
            set(cmd ${PROJECT_SOURCE_DIR}/tests/support/with-keyring ${cmd})
        endif()
    endif()
    add_test(NAME ${T_LABEL}.${T_NAME} COMMAND ${cmd})
    set_tests_properties(${T_LABEL}.${T_NAME} PROPERTIES
        LABELS "${labels}"
        TIMEOUT ${T_TIMEOUT}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SCCP2SIP_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
