# colorsys: conversions between colour systems, rounded for printing.
from __future__ import print_function
import colorsys

def r(t):
    return tuple(round(x, 6) for x in t)

for rgb in [(1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.2, 0.4, 0.4), (0.5, 0.5, 0.5), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0)]:
    h = colorsys.rgb_to_hsv(*rgb)
    l = colorsys.rgb_to_hls(*rgb)
    y = colorsys.rgb_to_yiq(*rgb)
    print(rgb, r(h), r(l), r(y))
    print(r(colorsys.hsv_to_rgb(*h)), r(colorsys.hls_to_rgb(*l)), r(colorsys.yiq_to_rgb(*y)))
print(r(colorsys.hsv_to_rgb(0.75, 0.5, 0.8)), r(colorsys.hls_to_rgb(0.1, 0.3, 0.9)))
