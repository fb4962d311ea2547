# Tracebacks with the source beside the .pyc (tb_source_lines.with-source): every frame shows its
# line without its indentation, trailing blanks kept, as CPython reads it from the file.


def inner(values, key):
    found = values[key]   
    return found


def middle(values):
	return inner(values, "absent")


def outer():
    data = {"present": 1}
    try:
        return middle(data)
    finally:
        print("cleanup ran")


print("calling")
outer()
