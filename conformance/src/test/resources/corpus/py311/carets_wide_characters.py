# 3.11 draws a traceback's position carets in display columns: a wide character (East Asian Width W or F: CJK,
# fullwidth forms, most emoji) takes two, so the carets stay under the code in a terminal
def label(name, count):
    return "【" + name + "】" * count


greeting = "こんにちは"
print(label(greeting, 2))
print(label("🥳", 1))
total = label("日本語", 1) + len("ｆｕｌｌ") + None
