#pragma once

#include "domain/Fulfilment.h"
#include "domain/Hold.h"
#include "domain/OrderStateMachine.h"

#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

// Boost.JSON conversions of the domain values the engine stores (holds, transitions, fulfilment
// progress). value_to<T> throws MappingError (model/Json.h) naming the offending field.
namespace syncline::domain {

void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Transition &v);
Transition tag_invoke(const boost::json::value_to_tag<Transition> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const HoldNote &v);
HoldNote tag_invoke(const boost::json::value_to_tag<HoldNote> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out, const Hold &v);
Hold tag_invoke(const boost::json::value_to_tag<Hold> &, const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const LineProgress &v);
LineProgress tag_invoke(const boost::json::value_to_tag<LineProgress> &,
                        const boost::json::value &in);
void tag_invoke(const boost::json::value_from_tag &, boost::json::value &out,
                const OrderFulfilment &v);
OrderFulfilment tag_invoke(const boost::json::value_to_tag<OrderFulfilment> &,
                           const boost::json::value &in);

} // namespace syncline::domain
