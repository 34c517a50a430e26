package org.studysite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagSyntaxTest {

    @ParameterizedTest(name = "\"{0}\" -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            see #exam-tip here           | exam-tip
            #important first             | important
            C# is a language             | ''
            issue #12                    | ''
            a#b not a tag                | ''
            two #core and #hands-on      | core,hands-on
            ends with #gotcha.           | gotcha
            nested #aws/sagemaker tag    | aws/sagemaker
            trailing #exam-tip-          | exam-tip
            Case #Exam-Tip               | exam-tip
            """)
    void findsObsidianHashtagsInText(String text, String expected) {
        List<String> found = TagSyntax.inText(text).stream().map(h -> h.tag().name()).toList();
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected.split(",")), found);
    }
}
