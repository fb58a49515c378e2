package io.github.studysite;

import io.github.studysite.config.Privacy;
import io.github.studysite.config.SiteConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data published outside the notes' text (issue 22, item 11): file names, {@code _config.yml}, {@code _data/}
 * and copied text files are scanned as notes are; with {@code privacy=strict} each finding is an error and nothing is
 * published.
 */
class PrivacyOutsideNotesTest {

    @TempDir
    Path project;

    private void write() throws IOException {
        Fixtures.write(project, "content/_config.yml", "title: 면접 노트\nauthor: 홍길동\n"
                + "description: \"연락은 hong.gildong@gmail.com 으로\"\n");
        Fixtures.write(project, "content/연락처 010-1234-5678.md", "# 연락처\n\n본문에는 없음\n");
        Fixtures.write(project, "content/_data/profile.yml", "name: 홍길동\nid: 900101-1234568\n");
        Fixtures.write(project, "content/files/contact.csv", "phone\n(010) 9876-5432\n");
        Fixtures.write(project, "content/files/plain.json", "{\"version\": \"1.2.3\", \"date\": \"2024-09-30\"}\n");
        Files.write(project.resolve("content/files/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 0, 1, 0});
        Fixtures.write(project, "content/fine.md", "# Fine\n\n[contact](files/contact.csv)\n");
    }

    private List<String> problems(BuildResult result) {
        return result.problems().stream().map(p -> (p.isError() ? "E " : "W ") + p).toList();
    }

    @Test
    void strictPrivacyFindsWhatFileNamesSettingsDataAndCopiedFilesPublish() throws IOException {
        write();
        BuildResult result = new SiteBuilder(SiteConfig.builder(project).privacy(Privacy.STRICT).build()).build();

        assertThat(problems(result)).containsExactly(
                "E content/_config.yml:3:19: possible e-mail address in the site settings: h***.*******@*****.**m — "
                        + "remove it, or list it under privacy_allow in _config.yml",
                "E content/_data/profile.yml:2:5: possible resident registration number in site data: "
                        + "9*****-******8 — remove it, or list it under privacy_allow in _config.yml",
                "E content/files/contact.csv:2:1: possible phone number in a published file: (0**) ****-***2 — "
                        + "remove it, or list it under privacy_allow in _config.yml",
                "E content/연락처 010-1234-5678.md: possible phone number in a published file name: 0**-****-***8 — "
                        + "rename the file, or list it under privacy_allow in _config.yml");
        assertThat(result.success()).isFalse();
        assertThat(project.resolve("site-output")).doesNotExist();
    }

    @Test
    void allowListedValuesAndPrivacyOffStayQuiet() throws IOException {
        write();
        Fixtures.write(project, "content/_config.yml", "title: 면접 노트\nprivacy_allow: [hong.gildong@gmail.com, "
                + "900101-1234568, (010) 9876-5432, 010-1234-5678]\ndescription: \"연락은 hong.gildong@gmail.com 으로\"\n");
        assertThat(problems(new SiteBuilder(SiteConfig.builder(project).privacy(Privacy.STRICT).build()).build()))
                .isEmpty();
        assertThat(problems(new SiteBuilder(SiteConfig.builder(project).privacy(Privacy.OFF).build()).build()))
                .isEmpty();
    }
}
