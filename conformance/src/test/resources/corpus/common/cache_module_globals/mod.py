value = "initial"


def get():
    return value


def bump():
    global value
    value = "bumped by mod"
