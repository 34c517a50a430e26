package org.studysite.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The one Freemarker configuration: a user's templates folder first, the templates packed in the
 * jar as the fallback. HTML auto-escaping (.ftlh), fixed locale, time zone and number format so
 * output never depends on the machine; errors are thrown, never printed into pages.
 */
public final class Templates {
    private final Configuration configuration;

    public Templates(Optional<Path> userTemplates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(loader(userTemplates));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        // 2.3.33+: record components read as page.title instead of page.title().
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        wrapper.setExposeFields(false);
        cfg.setObjectWrapper(wrapper.build());
        this.configuration = cfg;
    }

    private static TemplateLoader loader(Optional<Path> userTemplates) {
        TemplateLoader packed = new ClassTemplateLoader(Templates.class, "/templates");
        if (userTemplates.isEmpty() || !Files.isDirectory(userTemplates.get())) return packed;
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(userTemplates.get().toFile()), packed});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public freemarker.template.Template get(String name) throws IOException {
        return configuration.getTemplate(name);
    }
}
