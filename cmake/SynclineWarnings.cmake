# Warnings for the project's own targets. Third-party headers are included as system headers
# by their imported targets, so they do not drown our own diagnostics.
function(syncline_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wimplicit-fallthrough -Wcast-qual -Wformat=2)
    if(SYNCLINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
