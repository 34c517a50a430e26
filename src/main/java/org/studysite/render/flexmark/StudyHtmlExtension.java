package org.studysite.render.flexmark;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Plugs our node renderer, id provider and region marks into flexmark's HtmlRenderer, in the usual extension style. */
public final class StudyHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    private StudyHtmlExtension() {
    }

    public static StudyHtmlExtension create() {
        return new StudyHtmlExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new StudyNodeRenderer());
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                return new AnchorAttributeProvider();
            }
        });
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public com.vladsch.flexmark.html.AttributeProvider apply(LinkResolverContext context) {
                return new RegionAttributeProvider();
            }
        });
    }
}
