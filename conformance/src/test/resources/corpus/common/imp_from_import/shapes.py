PI = 3.14159


def square(x):
    return x * x


def cube(x):
    return x * x * x


def circle_area(r):
    return PI * r * r
