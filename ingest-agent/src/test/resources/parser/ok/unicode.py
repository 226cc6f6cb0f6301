é = "ü" + "中文"; s = f"{é!r:>{w}}" ; t = "😀" + x
class Ünï: pass
