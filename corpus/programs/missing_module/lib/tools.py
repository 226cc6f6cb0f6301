def tool():
    return "tool ok"
