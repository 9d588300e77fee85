# The console's catalogues: German and Spanish in full, and English for plurals only.
#
#   cmake --build <dir> --target update_translations   re-extracts the strings into the .ts files
#                                                      (lupdate), keeping what is translated
#   every build                                        compiles them (lrelease) and embeds the .qm
#                                                      files as resources under :/i18n
#
# The source texts are English, but a count such as tr("%n entries", nullptr, n) has a single
# source text; syncline_en.ts gives it its English singular and plural ("1 entry", "2 entries"),
# so lupdate keeps only the messages with a count there (-pluralonly).
#
# Qt 6.4's qt_add_translations cannot scan more than one target's sources, and the strings live in
# the ui library and the executable, so lupdate is run here over the listed source folders.
set(SYNCLINE_LANGUAGES de es)
set(SYNCLINE_PLURAL_ONLY_LANGUAGES en)
set(SYNCLINE_TRANSLATIONS_DIR ${CMAKE_CURRENT_LIST_DIR})

# syncline_add_translations(<target> SOURCES <folders or files...>)
function(syncline_add_translations target)
    cmake_parse_arguments(TR "" "" "SOURCES" ${ARGN})
    set(ts_files "")
    foreach(language IN LISTS SYNCLINE_LANGUAGES)
        list(APPEND ts_files ${SYNCLINE_TRANSLATIONS_DIR}/syncline_${language}.ts)
    endforeach()
    set(plural_ts_files "")
    foreach(language IN LISTS SYNCLINE_PLURAL_ONLY_LANGUAGES)
        list(APPEND plural_ts_files ${SYNCLINE_TRANSLATIONS_DIR}/syncline_${language}.ts)
    endforeach()

    add_custom_target(update_translations
        COMMAND Qt6::lupdate -locations relative -no-obsolete ${TR_SOURCES} -ts ${ts_files}
        COMMAND Qt6::lupdate -locations relative -no-obsolete -pluralonly ${TR_SOURCES}
                -ts ${plural_ts_files}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "Extracting translatable strings into ${ts_files} ${plural_ts_files}"
        VERBATIM)

    set(qm_files "")
    foreach(ts_file IN LISTS ts_files plural_ts_files)
        get_filename_component(base ${ts_file} NAME_WE)
        set(qm_file ${CMAKE_CURRENT_BINARY_DIR}/i18n/${base}.qm)
        add_custom_command(OUTPUT ${qm_file}
            COMMAND Qt6::lrelease -silent ${ts_file} -qm ${qm_file}
            DEPENDS ${ts_file} Qt6::lrelease
            VERBATIM)
        list(APPEND qm_files ${qm_file})
    endforeach()
    # tst_translations extracts the same sources to find counts without English forms.
    set_property(TARGET ${target} PROPERTY SYNCLINE_TRANSLATED_SOURCES ${TR_SOURCES})
    qt_add_resources(${target} "${target}_translations"
        PREFIX "/i18n"
        BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
        FILES ${qm_files})
endfunction()
