# Writes the seed corpus of each fuzz target from the test fixtures (cmake -P):
#   cmake -DFIXTURES=<tests/fixtures> -DOUT=<dir> -P MakeSeeds.cmake
# Files are copied as they are; webhook requests wrap the platform payloads in the HTTP request
# their platform sends. Signatures are left as placeholders: the webhook fuzzer signs its input.
cmake_minimum_required(VERSION 3.25)
get_filename_component(source_root ${FIXTURES}/../.. ABSOLUTE)

file(REMOVE_RECURSE ${OUT})
foreach(target fuzz_csv_reader fuzz_x12_reader fuzz_shopify_mapping fuzz_woocommerce_mapping
               fuzz_event_json fuzz_webhook_request)
    file(MAKE_DIRECTORY ${OUT}/${target})
endforeach()

file(GLOB files ${FIXTURES}/csv/*.csv)
file(COPY ${files} DESTINATION ${OUT}/fuzz_csv_reader)
file(GLOB files ${FIXTURES}/x12/*.edi)
file(COPY ${files} DESTINATION ${OUT}/fuzz_x12_reader)
file(GLOB files ${FIXTURES}/shopify/*.json)
file(COPY ${files} DESTINATION ${OUT}/fuzz_shopify_mapping)
file(GLOB files ${FIXTURES}/woocommerce/*.json)
file(COPY ${files} DESTINATION ${OUT}/fuzz_woocommerce_mapping)

function(write_request name target headers body_file)
    file(READ ${body_file} body)
    string(LENGTH "${body}" length)
    set(request "POST ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    string(APPEND request "Content-Type: application/json\r\n")
    foreach(header IN LISTS headers)
        string(APPEND request "${header}\r\n")
    endforeach()
    string(APPEND request "Content-Length: ${length}\r\n\r\n${body}")
    file(WRITE ${OUT}/fuzz_webhook_request/${name} "${request}")
endfunction()

set(shopify_headers "X-Shopify-Hmac-Sha256: placeholder" "X-Shopify-Shop-Domain: fuzz.myshopify.com"
                    "X-Shopify-API-Version: 2024-07" "X-Shopify-Webhook-Id: seed-1"
                    "X-Shopify-Triggered-At: 2026-11-25T10:00:00Z")
foreach(pair order.json=orders/create orders.json=orders/updated product.json=products/update
             inventory_level.json=inventory_levels/update fulfillment.json=fulfillments/create
             refund.json=refunds/create location.json=locations/update
             fulfillment_orders.json=fulfillment_orders/move)
    string(REPLACE "=" ";" pair ${pair})
    list(GET pair 0 file)
    list(GET pair 1 topic)
    write_request(shopify-${file}.http /webhooks/shopify/shop
                  "${shopify_headers};X-Shopify-Topic: ${topic}" ${FIXTURES}/shopify/${file})
endforeach()

set(woo_headers "X-WC-Webhook-Signature: placeholder" "X-WC-Webhook-Delivery-ID: 42"
                "X-WC-Webhook-Source: https://store.example/")
foreach(pair order.json=order.created order_cancelled.json=order.updated
             product.json=product.updated)
    string(REPLACE "=" ";" pair ${pair})
    list(GET pair 0 file)
    list(GET pair 1 topic)
    write_request(woocommerce-${file}.http /webhooks/woocommerce/store
                  "${woo_headers};X-WC-Webhook-Topic: ${topic}" ${FIXTURES}/woocommerce/${file})
endforeach()
file(WRITE ${OUT}/fuzz_webhook_request/woocommerce-ping.http
     "POST /webhooks/woocommerce/store HTTP/1.1\r\nHost: 127.0.0.1\r\n"
     "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 13\r\n\r\nwebhook_id=17")

# Event JSON: the demo's events, one seed per event type (lines are cut by hand, not with list
# commands, because JSON text holds semicolons).
file(READ ${source_root}/resources/demo/sample-events.jsonl events)
set(seen_types "")
set(generic_seed "")
while(NOT events STREQUAL "")
    string(FIND "${events}" "\n" newline)
    if(newline EQUAL -1)
        set(line "${events}")
        set(events "")
    else()
        string(SUBSTRING "${events}" 0 ${newline} line)
        math(EXPR rest "${newline} + 1")
        string(SUBSTRING "${events}" ${rest} -1 events)
    endif()
    string(REGEX MATCH "\"type\":\"([^\"]+)\"" found "${line}")
    if(NOT found OR CMAKE_MATCH_1 IN_LIST seen_types)
        continue()
    endif()
    list(APPEND seen_types ${CMAKE_MATCH_1})
    file(WRITE ${OUT}/fuzz_event_json/${CMAKE_MATCH_1}.json "${line}")
    if(generic_seed STREQUAL "")
        set(generic_seed ${OUT}/fuzz_event_json/${CMAKE_MATCH_1}.json)
    endif()
endwhile()
if(NOT generic_seed STREQUAL "")
    write_request(generic-event.http /webhooks/generic/erp "X-Syncline-Signature: placeholder"
                  ${generic_seed})
    write_request(generic-base64.http /webhooks/generic/wms "X-Wms-Signature: placeholder"
                  ${generic_seed})
endif()
