# sccp2sip_add_test(NAME name LABEL unit|integration|gui|interop SOURCES ... [LIBS ...] [TIMEOUT s] [KEYRING])
#
# One Qt Test executable per suite. GUI suites run on the offscreen platform. KEYRING runs the suite inside
# a private D-Bus session with an unlocked gnome-keyring (tests/support/with-keyring), so it never sees the
# developer's real keyring. Suites that need root and are run without it exit 77, which CTest reports as skipped.
function(sccp2sip_add_test)
    cmake_parse_arguments(T "KEYRING" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_LABEL MATCHES "^(unit|integration|gui|interop)$")
        message(FATAL_ERROR "sccp2sip_add_test(${T_NAME}): LABEL must be unit, integration, gui or interop")
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 60)
    endif()
    add_executable(tst_${T_NAME} ${T_SOURCES})
    target_link_libraries(tst_${T_NAME} PRIVATE Qt6::Test testsupport sccp2sip_defaults ${T_LIBS})
    set(cmd $<TARGET_FILE:tst_${T_NAME}>)
    if(T_KEYRING)
        set(cmd ${PROJECT_SOURCE_DIR}/tests/support/with-keyring ${cmd})
    endif()
    add_test(NAME ${T_LABEL}.${T_NAME} COMMAND ${cmd})
    set_tests_properties(${T_LABEL}.${T_NAME} PROPERTIES
        LABELS ${T_LABEL}
        TIMEOUT ${T_TIMEOUT}
        SKIP_RETURN_CODE 77
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;SCCP2SIP_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
