package io.kervan.payments.provider.kuveytturk;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only view of an XML answer (or an untrusted callback), found by local element names so that namespaces do
 * not matter. Parsing refuses DOCTYPEs, so no entity in a posted document is ever expanded. A missing element is an
 * empty node whose text is null, so look-ups never throw.
 */
final class XmlNode {

    private static final XmlNode MISSING = new XmlNode(null);

    private final Element element;

    private XmlNode(Element element) {
        this.element = element;
    }

    /** @throws IllegalArgumentException when {@code xml} is not well-formed XML */
    static XmlNode parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors instead of printing to stderr
            return new XmlNode(builder.parse(new InputSource(new StringReader(xml))).getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML");
        }
    }

    boolean exists() {
        return element != null;
    }

    String name() {
        return element == null ? null : element.getLocalName();
    }

    /** The first descendant along {@code path}, each step a direct child's local name. */
    XmlNode at(String... path) {
        XmlNode node = this;
        for (String step : path) {
            List<XmlNode> children = node.children(step);
            node = children.isEmpty() ? MISSING : children.get(0);
        }
        return node;
    }

    List<XmlNode> children(String localName) {
        List<XmlNode> found = new ArrayList<>();
        if (element == null) {
            return found;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(new XmlNode(e));
            }
        }
        return found;
    }

    /** The trimmed text at {@code path}, or null when there is no such element or it is empty. */
    String text(String... path) {
        XmlNode node = at(path);
        if (node.element == null) {
            return null;
        }
        String text = node.element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }
}
