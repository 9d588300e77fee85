#pragma once

#include "connectors/Transport.h"

#include <deque>
#include <memory>
#include <string>
#include <vector>

// Answers requests from a script of canned responses, in order, and records what was sent.
// A request beyond the script is answered 599 and counted, so a test sees unexpected calls.
struct ScriptedTransport {
    std::deque<syncline::client::HttpResponse> script;
    std::vector<syncline::client::HttpRequest> sent;
    int unexpected = 0;

    void answer(int status, std::string body, syncline::client::HttpHeaders headers = {})
    {
        syncline::client::HttpResponse response;
        response.status = status;
        response.body = std::move(body);
        response.headers = std::move(headers);
        script.push_back(std::move(response));
    }
    void failTransport(syncline::client::TransportError error)
    {
        syncline::client::HttpResponse response;
        response.transportError = error;
        response.errorMessage = "scripted";
        script.push_back(std::move(response));
    }

    static syncline::connectors::BlockingTransport
    bind(const std::shared_ptr<ScriptedTransport> &self)
    {
        return [self](syncline::client::HttpRequest request) {
            self->sent.push_back(std::move(request));
            if (self->script.empty()) {
                ++self->unexpected;
                syncline::client::HttpResponse response;
                response.status = 599;
                return response;
            }
            auto response = std::move(self->script.front());
            self->script.pop_front();
            return response;
        };
    }
};
