package io.kervan.devkit.simulators;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulators' XML: a document read into a flat map of paths of local names ({@code VPosMessage/Amount}, first
 * occurrence wins), and elements written with escaping. Good enough for the flat messages banks exchange.
 */
final class SimpleXml {

    private SimpleXml() {
    }

    /** @return the paths below the root element, or null when {@code xml} is not well-formed */
    static Map<String, String> read(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors instead of printing to stderr
            Element root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("", root.getLocalName());
            flatten(root, "", values);
            return values;
        } catch (Exception e) {
            return null;
        }
    }

    static String element(String name, Object value) {
        return "<" + name + ">" + escape(value == null ? "" : value.toString()) + "</" + name + ">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void flatten(Element element, String prefix, Map<String, String> values) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                String path = prefix + e.getLocalName();
                values.putIfAbsent(path, e.getTextContent().strip());
                flatten(e, path + "/", values);
            }
        }
    }
}
