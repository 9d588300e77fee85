#pragma once

#include <fstream>
#include <iostream>
#include <sched.h>
#include <string>
#include <thread>

// Printed with every figure: a throughput means little without the machine it was measured on.
namespace syncline::bench {

inline std::string cpuModel()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            return colon == std::string::npos ? line : line.substr(colon + 2);
        }
    }
    return "unknown";
}

// What `nproc` prints: the processors this process may run on.
inline unsigned availableProcessors()
{
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0)
        return static_cast<unsigned>(CPU_COUNT(&set));
    return std::thread::hardware_concurrency();
}

// The load at the start: on a shared machine the figures vary with it.
inline void printMachine(std::ostream &out = std::cout)
{
    double load = 0;
    std::ifstream("/proc/loadavg") >> load;
    out << "machine: nproc=" << availableProcessors() << ", cpu=" << cpuModel()
        << ", load average (1 min)=" << load << "\n";
}

} // namespace syncline::bench
