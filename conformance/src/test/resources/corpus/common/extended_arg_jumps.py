# Long if/else and loop bodies, at module level and in a function, so jump arguments exceed one
# byte (3.6 bytes, 3.11 code units) and need EXTENDED_ARG.
def long_branches(n):
    acc = 0
    for i in range(n):
        if i % 2 == 0:
            acc = acc + i * 0 - 0; acc = acc + i * 1 - 1; acc = acc + i * 2 - 2; acc = acc + i * 3 - 3; acc = acc + i * 4 - 4; acc = acc + i * 5 - 5
            acc = acc + i * 6 - 6; acc = acc + i * 7 - 7; acc = acc + i * 8 - 8; acc = acc + i * 9 - 9; acc = acc + i * 10 - 10; acc = acc + i * 11 - 11
            acc = acc + i * 12 - 12; acc = acc + i * 13 - 13; acc = acc + i * 14 - 14; acc = acc + i * 15 - 15; acc = acc + i * 16 - 16; acc = acc + i * 17 - 17
            acc = acc + i * 18 - 18; acc = acc + i * 19 - 19; acc = acc + i * 20 - 20; acc = acc + i * 21 - 21; acc = acc + i * 22 - 22; acc = acc + i * 23 - 23
            acc = acc + i * 24 - 24; acc = acc + i * 25 - 25; acc = acc + i * 26 - 26; acc = acc + i * 27 - 27; acc = acc + i * 28 - 28; acc = acc + i * 29 - 29
            acc = acc + i * 30 - 30; acc = acc + i * 31 - 31; acc = acc + i * 32 - 32; acc = acc + i * 33 - 33; acc = acc + i * 34 - 34; acc = acc + i * 35 - 35
            acc = acc + i * 36 - 36; acc = acc + i * 37 - 37; acc = acc + i * 38 - 38; acc = acc + i * 39 - 39; acc = acc + i * 40 - 40; acc = acc + i * 41 - 41
            acc = acc + i * 42 - 42; acc = acc + i * 43 - 43; acc = acc + i * 44 - 44; acc = acc + i * 45 - 45; acc = acc + i * 46 - 46; acc = acc + i * 47 - 47
        else:
            acc = acc - i + 0; acc = acc - i + 1; acc = acc - i + 2; acc = acc - i + 3; acc = acc - i + 4; acc = acc - i + 5
            acc = acc - i + 6; acc = acc - i + 7; acc = acc - i + 8; acc = acc - i + 9; acc = acc - i + 10; acc = acc - i + 11
            acc = acc - i + 12; acc = acc - i + 13; acc = acc - i + 14; acc = acc - i + 15; acc = acc - i + 16; acc = acc - i + 17
            acc = acc - i + 18; acc = acc - i + 19; acc = acc - i + 20; acc = acc - i + 21; acc = acc - i + 22; acc = acc - i + 23
            acc = acc - i + 24; acc = acc - i + 25; acc = acc - i + 26; acc = acc - i + 27; acc = acc - i + 28; acc = acc - i + 29
            acc = acc - i + 30; acc = acc - i + 31; acc = acc - i + 32; acc = acc - i + 33; acc = acc - i + 34; acc = acc - i + 35
            acc = acc - i + 36; acc = acc - i + 37; acc = acc - i + 38; acc = acc - i + 39; acc = acc - i + 40; acc = acc - i + 41
            acc = acc - i + 42; acc = acc - i + 43; acc = acc - i + 44; acc = acc - i + 45; acc = acc - i + 46; acc = acc - i + 47
        if acc > 100000:
            break
    else:
        acc = -acc
    while acc > 10:
        acc = acc // 3
    return acc
print(long_branches(3))
print(long_branches(10))
print(long_branches(1000))
top = 0
for i in range(7):
    if i % 2 == 0:
        top = top + i * 0 - 0; top = top + i * 1 - 1; top = top + i * 2 - 2; top = top + i * 3 - 3; top = top + i * 4 - 4; top = top + i * 5 - 5
        top = top + i * 6 - 6; top = top + i * 7 - 7; top = top + i * 8 - 8; top = top + i * 9 - 9; top = top + i * 10 - 10; top = top + i * 11 - 11
        top = top + i * 12 - 12; top = top + i * 13 - 13; top = top + i * 14 - 14; top = top + i * 15 - 15; top = top + i * 16 - 16; top = top + i * 17 - 17
        top = top + i * 18 - 18; top = top + i * 19 - 19; top = top + i * 20 - 20; top = top + i * 21 - 21; top = top + i * 22 - 22; top = top + i * 23 - 23
        top = top + i * 24 - 24; top = top + i * 25 - 25; top = top + i * 26 - 26; top = top + i * 27 - 27; top = top + i * 28 - 28; top = top + i * 29 - 29
        top = top + i * 30 - 30; top = top + i * 31 - 31; top = top + i * 32 - 32; top = top + i * 33 - 33; top = top + i * 34 - 34; top = top + i * 35 - 35
        top = top + i * 36 - 36; top = top + i * 37 - 37; top = top + i * 38 - 38; top = top + i * 39 - 39; top = top + i * 40 - 40; top = top + i * 41 - 41
        top = top + i * 42 - 42; top = top + i * 43 - 43; top = top + i * 44 - 44; top = top + i * 45 - 45; top = top + i * 46 - 46; top = top + i * 47 - 47
    else:
        top = top - i + 0; top = top - i + 1; top = top - i + 2; top = top - i + 3; top = top - i + 4; top = top - i + 5
        top = top - i + 6; top = top - i + 7; top = top - i + 8; top = top - i + 9; top = top - i + 10; top = top - i + 11
        top = top - i + 12; top = top - i + 13; top = top - i + 14; top = top - i + 15; top = top - i + 16; top = top - i + 17
        top = top - i + 18; top = top - i + 19; top = top - i + 20; top = top - i + 21; top = top - i + 22; top = top - i + 23
        top = top - i + 24; top = top - i + 25; top = top - i + 26; top = top - i + 27; top = top - i + 28; top = top - i + 29
        top = top - i + 30; top = top - i + 31; top = top - i + 32; top = top - i + 33; top = top - i + 34; top = top - i + 35
        top = top - i + 36; top = top - i + 37; top = top - i + 38; top = top - i + 39; top = top - i + 40; top = top - i + 41
        top = top - i + 42; top = top - i + 43; top = top - i + 44; top = top - i + 45; top = top - i + 46; top = top - i + 47
    if top > 100000:
        break
else:
    print('module loop ended without break')
print(top)
