package org.bawaba.portal.validation;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A relying party's logo, shown on the chooser and the consent page: a PNG, or an SVG made only of drawing
 * elements. An SVG is read without its DTD or any external entity and checked against an allowlist of elements and
 * attributes: scripts, event handlers, style sheets, embedded documents and links out of the file are refused,
 * with the first one found named in the message.
 */
public final class Logos {

    public static final String PNG = "image/png";
    public static final String SVG = "image/svg+xml";
    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "linearGradient", "radialGradient", "stop",
            "clipPath", "mask", "symbol", "use");
    private static final Set<String> ATTRIBUTES = Set.of("id", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
            "rx", "ry", "fx", "fy", "width", "height", "viewBox", "version", "preserveAspectRatio", "fill",
            "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "opacity", "transform", "points", "offset",
            "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "clip-path",
            "clip-rule", "clipPathUnits", "mask", "maskUnits", "font-family", "font-size", "font-weight", "font-style",
            "text-anchor", "dominant-baseline", "letter-spacing", "direction", "xml:space", "href", "xlink:href",
            "role", "aria-label", "aria-hidden", "lang", "xml:lang");
    /** A reference inside the file only: {@code #id} or {@code url(#id)}. */
    private static final Pattern LOCAL_REFERENCE = Pattern.compile("#[A-Za-z_][\\w.-]*");
    private static final Pattern URL_FUNCTION = Pattern.compile("url\\(\\s*([^)]*)\\)", Pattern.CASE_INSENSITIVE);

    private Logos() {
    }

    /** The problem with a logo, if any, as a violation of field {@code logo}. */
    public static Optional<Violation> problem(String mediaType, byte[] bytes, int maxBytes) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!PNG.equals(type) && !SVG.equals(type)) {
            return Optional.of(Violation.of("logo", "logo.type"));
        }
        if (bytes == null || bytes.length == 0) {
            return Optional.of(Violation.of("logo", "text.required"));
        }
        if (bytes.length > maxBytes) {
            return Optional.of(Violation.of("logo", "logo.tooLarge", maxBytes / 1024));
        }
        if (PNG.equals(type)) {
            boolean png = bytes.length > PNG_SIGNATURE.length
                    && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
            return png ? Optional.empty() : Optional.of(Violation.of("logo", "logo.notPng"));
        }
        return svgProblem(bytes);
    }

    public static String mediaType(String mediaType) {
        return mediaType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    }

    private static Optional<Violation> svgProblem(byte[] bytes) {
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return Optional.of(Violation.of("logo", "logo.svgInvalid"));
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            return Optional.of(Violation.of("logo", "logo.svgInvalid"));
        }
        return firstUnsafe(root).map(name -> Violation.of("logo", "logo.svgUnsafe", name));
    }

    /** The first element or attribute outside the allowlist, in document order. */
    private static Optional<String> firstUnsafe(Node node) {
        if (node.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
            return Optional.of("<?" + node.getNodeName() + "?>");
        }
        if (node.getNodeType() == Node.ENTITY_REFERENCE_NODE) {
            return Optional.of("&" + node.getNodeName() + ";");
        }
        if (node.getNodeType() == Node.ELEMENT_NODE) {
            Element element = (Element) node;
            if (!SVG_NS.equals(element.getNamespaceURI()) || !ELEMENTS.contains(element.getLocalName())) {
                return Optional.of("<" + element.getNodeName() + ">");
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attribute = (Attr) attributes.item(i);
                if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    continue;
                }
                String name = attribute.getNodeName();
                if (!ATTRIBUTES.contains(name) || !safeValue(attribute)) {
                    return Optional.of(name);
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Optional<String> unsafe = firstUnsafe(child);
            if (unsafe.isPresent()) {
                return unsafe;
            }
        }
        return Optional.empty();
    }

    private static boolean safeValue(Attr attribute) {
        String name = attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName();
        String value = attribute.getValue().strip();
        boolean link = "href".equals(name)
                && (attribute.getNamespaceURI() == null || XLINK_NS.equals(attribute.getNamespaceURI()));
        if (link) {
            return LOCAL_REFERENCE.matcher(value).matches();
        }
        var urls = URL_FUNCTION.matcher(value);
        while (urls.find()) {
            String target = urls.group(1).strip().replaceAll("^['\"]|['\"]$", "");
            if (!LOCAL_REFERENCE.matcher(target).matches()) {
                return false;
            }
        }
        return !value.toLowerCase(Locale.ROOT).contains("javascript:");
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder;
    }
}
