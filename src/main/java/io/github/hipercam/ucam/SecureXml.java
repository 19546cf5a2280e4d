package io.github.hipercam.ucam;

import io.github.hipercam.FormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Parses an ULTRACAM/ULTRASPEC run's XML with DTDs, external entities and
 * XInclude turned off, so that a run file that tries XXE or an entity
 * expansion is refused before anything else is read. The readers and the
 * file server share it.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /**
     * @param where the file or URL, for messages
     * @param xml the document
     * @return the parsed document
     * @throws FormatException if it is not well-formed or declares a DTD or an external entity
     */
    public static Document parse(String where, byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void warning(org.xml.sax.SAXParseException e) {
                    // warnings are not faults; the parse goes on
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused");
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new FormatException(where + ": not a readable run XML file (DTDs and external"
                    + " entities are refused): " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new FormatException(where + ": failed to parse the XML: " + e.getMessage(), e);
        }
    }
}
