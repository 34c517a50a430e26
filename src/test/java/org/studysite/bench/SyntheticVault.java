package org.studysite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic vault of study notes shaped like real ones (NOTES-FORMAT.md): numbered and
 * emoji headings with tags, bold-label paragraphs, drills, comparison tables, code blocks, links
 * between notes. Words follow a Zipf-like draw from a domain vocabulary plus a long tail of rare
 * identifiers, so term statistics look like a real vault's. Same seed and size, same files.
 */
public final class SyntheticVault {
    private static final String[] DOMAIN = ("model training endpoint inference batch transform serverless latency "
            + "throughput payload limit instance gpu cpu memory storage bucket dataset feature store pipeline "
            + "experiment tracking registry version deploy rollback canary shadow traffic monitor drift bias "
            + "quality baseline constraint violation alarm metric accuracy precision recall auc rmse loss "
            + "gradient boosting xgboost linear learner kmeans pca forecasting deepar tokenizer embedding "
            + "vector retrieval prompt tuning hyperparameter search bayesian random grid spot checkpoint "
            + "distributed parallel shard replica autoscaling policy role permission encryption kms vpc "
            + "subnet endpoint private network audit lineage governance card clarify explainability shap "
            + "ingestion stream kinesis firehose glue crawler catalog athena query partition parquet csv "
            + "json schema label ground truth annotation augmentation imbalance smote weight sample split "
            + "validation test holdout cross fold overfitting regularization dropout early stopping "
            + "learning rate epoch mini batch optimizer adam momentum convergence warm start incremental "
            + "retraining schedule trigger event lambda step function container image registry docker "
            + "framework pytorch tensorflow sklearn script mode entry point artifact tarball s3 cost").split(" ");
    private static final String[] FILLER = ("the a of to and in is for with on that when use your it this as by "
            + "can from be are or not you which should choose most only each more than if best").split(" ");
    private static final int RARE_POOL = 60_000;
    private static final String[] TAGS = {"exam-tip", "important", "core", "hands-on", "gotcha"};
    private static final String[] EMOJI = {"🔑 ", "⚡ ", "📦 ", "", "", "", ""};

    private final Random random;
    private final int notes;

    public SyntheticVault(long seed, int notes) {
        this.random = new Random(seed);
        this.notes = notes;
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int n = 0; n < notes; n++) {
            Path file = dir.resolve("topic-" + (n % 20)).resolve("note-" + n + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, note(n));
        }
        return dir;
    }

    private String note(int n) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(title()).append("\n\n");
        md.append("**Tags:** `#").append(pick(TAGS)).append("`\n\n").append(sentence(18)).append("\n\n");
        int sections = 8 + random.nextInt(12);
        for (int s = 0; s < sections; s++) {
            int level = s == 0 ? 2 : 2 + random.nextInt(2);
            md.append("#".repeat(level)).append(' ').append(random.nextInt(4) == 0 ? pick(EMOJI) : "")
                    .append(random.nextInt(3) == 0 ? (s + 1) + "." + (random.nextInt(9) + 1) + " " : "").append(title());
            if (random.nextInt(3) == 0) md.append(" `#").append(pick(TAGS)).append('`');
            md.append("\n\n");
            block(md, n);
        }
        return md.toString();
    }

    private void block(StringBuilder md, int n) {
        md.append(sentence(25 + random.nextInt(40))).append("\n\n");
        switch (random.nextInt(6)) {
            case 0 -> md.append("**Exam Scenario:** `#exam-tip`\n- ").append(sentence(10)).append("\n- ").append(sentence(8)).append("\n\n");
            case 1 -> md.append("| Factor | ").append(word()).append(" | ").append(word()).append(" |\n|---|---|---|\n")
                    .append(("| **" + word() + "** | ✅ " + word() + " | ❌ `" + rare() + "` |\n").repeat(1))
                    .append("| ").append(word()).append(" | ").append(sentence(4)).append(" | ").append(sentence(4)).append(" |\n\n");
            case 2 -> md.append("```python\n# ").append(sentence(6)).append("\n").append(rare()).append(" = ")
                    .append(word()).append("(").append(rare()).append("=").append(random.nextInt(100)).append(")\n```\n\n");
            case 3 -> md.append("- **\"").append(sentence(5)).append("?\"** → ").append(title()).append("\n- ")
                    .append(sentence(4)).append(" -> `").append(rare()).append("`\n\n");
            case 4 -> md.append("See [").append(title()).append("](../topic-").append(random.nextInt(20)).append("/note-")
                    .append(random.nextInt(notes)).append(".md) and [[note-").append(random.nextInt(notes)).append("]].\n\n");
            default -> md.append("**").append(title()).append("** - ").append(sentence(14)).append("\n\n");
        }
    }

    private String title() {
        List<String> words = new ArrayList<>();
        for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) words.add(capitalise(word()));
        return String.join(" ", words);
    }

    private String sentence(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) s.append(' ');
            int r = random.nextInt(10);
            s.append(r < 4 ? pick(FILLER) : r < 9 ? word() : rare());
        }
        return capitalise(s.toString()) + ".";
    }

    /** Zipf-like: low indexes of the domain list are drawn far more often. */
    private String word() {
        double u = random.nextDouble();
        return DOMAIN[(int) Math.min(DOMAIN.length - 1, Math.floor(Math.pow(DOMAIN.length, u)) - 1 + random.nextInt(2))];
    }

    /**
     * The long tail: a fixed pool of identifiers (scale_pos_weight-like names, numbered settings)
     * drawn Zipf-like, so most are rare and a vault's vocabulary grows sub-linearly, as real ones do.
     */
    private String rare() {
        int n = (int) Math.floor(Math.pow(RARE_POOL, random.nextDouble())) - 1;
        String a = DOMAIN[n % DOMAIN.length];
        String b = DOMAIN[(n / DOMAIN.length) % DOMAIN.length];
        return switch (n % 3) {
            case 0 -> a + "_" + b;
            case 1 -> a + (n / 7);
            default -> a + "_" + b + "_" + (n % 97);
        };
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
