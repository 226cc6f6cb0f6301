package io.portalis.ingest.parser;

import io.portalis.ingest.ast.Arg;
import io.portalis.ingest.ast.Arguments;
import io.portalis.ingest.ast.Expr;
import io.portalis.ingest.ast.TypeParam;
import io.portalis.ingest.lexer.LexError;
import io.portalis.ingest.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} and {@code lambda} (reference 8.7, grammar rules
 * {@code parameters} and {@code lambda_parameters}) and PEP 695 type parameter lists.
 */
abstract class ArgumentsParser extends ExpressionParser {
    ArgumentsParser(List<Token> tokens, byte[] utf8, LexError lexError) {
        super(tokens, utf8, lexError);
    }

    @Override
    Arguments lambdaParameters() {
        return parameters(true, ":");
    }

    /** Parses parameters up to (not including) {@code closer}. */
    Arguments parameters(boolean lambda, String closer) {
        int start = pos;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean star = false;
        while (!atOp(closer)) {
            if (kwarg != null) {
                throw errorAtToken("arguments cannot follow var-keyword argument", peek());
            }
            if (atOp("/")) {
                Token slash = advance();
                if (star) {
                    throw errorAtToken("/ must be ahead of *", slash);
                }
                if (!posonly.isEmpty()) {
                    throw errorAtToken("/ may appear only once", slash);
                }
                if (args.isEmpty()) {
                    throw errorAtToken("at least one argument must precede /", slash);
                }
                posonly.addAll(args);
                args.clear();
            } else if (atOp("*")) {
                Token t = advance();
                if (star) {
                    throw errorAtToken("* argument may appear only once", t);
                }
                star = true;
                if (atOp(",") || atOp(closer)) {
                    if (atOp(closer) || peekAt(1).isOp(closer)) {
                        throw errorAtToken("named arguments must follow bare *", t);
                    }
                } else {
                    vararg = parameter(lambda, true);
                    if (atOp("=")) {
                        throw errorAtToken("var-positional argument cannot have default value", peek());
                    }
                }
            } else if (acceptOp("**")) {
                kwarg = parameter(lambda, false);
                if (atOp("=")) {
                    throw errorAtToken("var-keyword argument cannot have default value", peek());
                }
            } else {
                Arg p = parameter(lambda, false);
                Expr def = acceptOp("=") ? expression() : null;
                if (star) {
                    kwonly.add(p);
                    kwDefaults.add(def);
                } else {
                    args.add(p);
                    if (def != null) {
                        defaults.add(def);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt("parameter without a default follows parameter with a default", p.span());
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return new Arguments(span(start), posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg parameter(boolean lambda, boolean starAnnotation) {
        int start = pos;
        String name = expectIdentifier();
        Expr annotation = null;
        if (!lambda && acceptOp(":")) {
            annotation = starAnnotation && atOp("*") ? starExpression() : expression();
        }
        return new Arg(span(start), name, annotation, null);
    }

    /** {@code type_params: '[' ','.type_param+ [','] ']'} (PEP 695); empty when absent. */
    List<TypeParam> typeParams() {
        List<TypeParam> params = new ArrayList<>();
        if (!atOp("[")) {
            return params;
        }
        advance();
        do {
            if (atOp("]")) {
                break;
            }
            params.add(typeParam());
        } while (acceptOp(","));
        expectOp("]");
        return params;
    }

    private TypeParam typeParam() {
        int start = pos;
        if (acceptOp("*")) {
            String name = expectIdentifier();
            if (atOp(":")) {
                throw errorAtToken("cannot use bound with TypeVarTuple", peek());
            }
            return new TypeParam.TypeVarTuple(span(start), name);
        }
        if (acceptOp("**")) {
            String name = expectIdentifier();
            if (atOp(":")) {
                throw errorAtToken("cannot use bound with ParamSpec", peek());
            }
            return new TypeParam.ParamSpec(span(start), name);
        }
        String name = expectIdentifier();
        Expr bound = acceptOp(":") ? expression() : null;
        return new TypeParam.TypeVar(span(start), name, bound);
    }
}
