# __init_subclass__ and class keywords: required ones, extra ones reaching object's, and a class with no hook


class Base:
    def __init_subclass__(cls, required, **kw):
        super().__init_subclass__(**kw)
        cls.required = required


class Registry:
    members = []

    def __init_subclass__(cls, **kw):
        Registry.members.append((cls.__name__, sorted(kw)))
        super().__init_subclass__()


def attempt(label, make):
    try:
        print(label, make().__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)


def missing():
    class Bad(Base):
        pass
    return Bad


def extra():
    class Bad2(Base, required=1, extra=2):
        pass
    return Bad2


def plain_keyword():
    class X(object, foo=1):
        pass
    return X


def good():
    class Good(Base, required=3):
        pass
    print('required', Good.required)
    return Good


def registered():
    class One(Registry, color='red', size=2):
        pass

    class Two(One):
        pass
    return Two


for label, make in [('missing', missing), ('extra', extra), ('plain', plain_keyword), ('good', good),
                    ('registered', registered)]:
    attempt(label, make)
print(Registry.members)
