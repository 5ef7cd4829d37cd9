# Flags every target of ours links PRIVATE. No global include_directories/add_definitions.
add_library(sccp2sip_defaults INTERFACE)
target_compile_features(sccp2sip_defaults INTERFACE cxx_std_20)
# Includes are written from the repository root: #include "core/tftp/tftpserver.h".
target_include_directories(sccp2sip_defaults INTERFACE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
target_compile_definitions(sccp2sip_defaults INTERFACE
    QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(sccp2sip_defaults INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()
if(MSVC)
    target_compile_options(sccp2sip_defaults INTERFACE /W4 /permissive- /utf-8)
    if(SCCP2SIP_WERROR)
        target_compile_options(sccp2sip_defaults INTERFACE /WX)
    endif()
else()
    target_compile_options(sccp2sip_defaults INTERFACE -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual
        # -Wshadow=local is GCC's spelling; clang (the fuzz preset) rejects it under -Werror.
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>)
    if(SCCP2SIP_WERROR)
        target_compile_options(sccp2sip_defaults INTERFACE -Werror)
    endif()
endif()
if(SCCP2SIP_SANITIZE)
    target_compile_options(sccp2sip_defaults INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(sccp2sip_defaults INTERFACE -fsanitize=address,undefined)
endif()

# Sources whose tr() strings belong in the translations (absolute paths, collected across folders).
function(sccp2sip_translatable)
    foreach(src IN LISTS ARGN)
        get_filename_component(abs ${src} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
        set_property(GLOBAL APPEND PROPERTY SCCP2SIP_TR_SOURCES ${abs})
    endforeach()
endfunction()
