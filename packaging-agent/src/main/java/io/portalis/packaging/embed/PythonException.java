package io.portalis.packaging.embed;

/**
 * A Python exception that a translated function raised, as the ABI reports it: the exception
 * class's {@code __name__} and {@code str(exc)} (docs/ABI.md). {@link #getMessage()} reads as
 * the last line of a CPython traceback: {@code ValueError: bad input}.
 */
public final class PythonException extends RuntimeException {
    private final String pythonType;
    private final String pythonMessage;

    public PythonException(String pythonType, String pythonMessage) {
        super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage, null, false, false);
        this.pythonType = pythonType;
        this.pythonMessage = pythonMessage;
    }

    /** The exception class's name, e.g. {@code ZeroDivisionError}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exc)}, e.g. {@code division by zero}. */
    public String pythonMessage() {
        return pythonMessage;
    }
}
