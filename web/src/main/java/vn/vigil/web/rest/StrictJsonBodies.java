package vn.vigil.web.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * JSON bodies are read strictly before they are bound: bytes that are not UTF-8 are refused (a lenient reader would
 * store replacement characters), an array where one object is expected is refused (a lenient binder would take its
 * first element), and a body larger than {@value #MOST_BYTES} bytes is refused without being read to the end. Each
 * is answered as malformed JSON (400), in the caller's language, by {@link ProblemMapper}.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    /** Far above any form's JSON (a visit record with every answer is a few kilobytes). */
    static final int MOST_BYTES = 8 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = read(context.getInputStream());
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new JsonbException("the body is not UTF-8", e);
        }
        if (startsWithArray(body) && !expectsMany(context.getType())) {
            throw new JsonbException("an array where one object is expected");
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > MOST_BYTES) {
                throw new JsonbException("the body is larger than " + MOST_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static boolean startsWithArray(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return b == '[';
            }
        }
        return false;
    }

    private static boolean expectsMany(Class<?> type) {
        return type.isArray()
                || Collection.class.isAssignableFrom(type)
                || jakarta.json.JsonArray.class.isAssignableFrom(type)
                || jakarta.json.JsonValue.class.equals(type)
                || jakarta.json.JsonStructure.class.equals(type)
                || Object.class.equals(type);
    }
}
