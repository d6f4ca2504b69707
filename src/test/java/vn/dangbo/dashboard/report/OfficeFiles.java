package vn.dangbo.dashboard.report;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;

/**
 * Checks an Office file's XML parts against the ECMA-376 schemas (POI's full compiled set): every part of the zip
 * whose root element the schemas know is parsed as its schema type and validated. Returns the errors, each with the
 * part's name. The package's own parts (content types, relationships, core properties) are written by POI's package
 * layer from the OPC schemas, which are not in that set, and are passed over.
 */
public final class OfficeFiles {
    private OfficeFiles() {
    }

    public static List<String> schemaErrors(byte[] file) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Part part : schemaParts(file)) {
            List<XmlError> errors = new ArrayList<>();
            if (!part.xml().validate(new XmlOptions().setErrorListener(errors))) {
                errors.forEach(e -> problems.add(part.name() + ": " + e));
            }
        }
        return problems;
    }

    /** How many parts of the file the schemas know and so were validated: a check that the check checked. */
    public static long validatedParts(byte[] file) throws Exception {
        return schemaParts(file).size();
    }

    private record Part(String name, XmlObject xml) {
    }

    /** The file's parts whose root element the schemas know, parsed as their schema types. */
    private static List<Part> schemaParts(byte[] file) throws Exception {
        List<Part> parts = new ArrayList<>();
        SchemaTypeLoader loader = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1.type.getTypeSystem();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (ofTheDocument(entry)) {
                    XmlObject parsed = loader.parse(new ByteArrayInputStream(zip.readAllBytes()), null,
                            new XmlOptions().setLoadLineNumbers());
                    if (parsed.schemaType() != XmlObject.type) {
                        parts.add(new Part(entry.getName(), parsed));
                    }
                }
            }
        }
        return parts;
    }

    private static boolean ofTheDocument(ZipEntry entry) {
        String name = entry.getName();
        return name.endsWith(".xml") && !name.equals("[Content_Types].xml") && !name.equals("docProps/core.xml");
    }
}
