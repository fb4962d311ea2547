TOP = "pkg"
