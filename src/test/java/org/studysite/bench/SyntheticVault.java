package org.studysite.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a deterministic vault of study notes shaped like real ones (NOTES-FORMAT.md and the samples
 * beside it), 15-20 KB a note, in 36 folders (six of them nested one level):
 * <ul>
 * <li>structural headings most notes repeat: Overview, 🔑 Exam Tips, Common Pitfalls, Key Takeaways,
 *     Summary, Related Topics; and sub-headings such as "Use Cases", "When to Use", "Limitations";</li>
 * <li>topic headings drawn (Zipf-like) from one shared pool, so "SageMaker Model Monitor" or
 *     "Batch Transform" heads sections in many notes, sometimes numbered ("7.7 Batch Transform"),
 *     qualified ("Batch Transform (Offline Inference)") or tagged;</li>
 * <li>about forty tags, {@code `#exam-tip`} and {@code `#important`} by far the most used, as inline
 *     code or plain {@code #tag}, on headings, on {@code **Tags:**} lines, on bold-label paragraphs and
 *     on list items;</li>
 * <li>bold-label paragraphs, glossary lines ({@code **Term** - definition}), drills
 *     ({@code - **"Question?"** → answer}), comparison and scenario tables, fenced code whose comments
 *     start with {@code #}, thematic breaks, block quotes;</li>
 * <li>links between notes: relative ({@code ../modeling/note-17.md}) and wikilinks ({@code [[note-17]]},
 *     {@code [[note-17|text]]}), some with an anchor ({@code #77-batch-transform},
 *     {@code [[note-17#7.7 Batch Transform]]}) always naming a heading the target note has; and, as in
 *     real vaults, a few links to notes not written yet and a few missing images.</li>
 * </ul>
 * Prose words follow a Zipf-like draw from a domain vocabulary plus a long tail of rare identifiers,
 * so term statistics look like a real vault's. Every note is generated from its own seeded random
 * source, so the same seed and size always give the same files.
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

    /** Tags, most used first; {@link #TAG_WEIGHTS} gives exam-tip and important most of the uses. */
    private static final String[] TAGS = {"exam-tip", "important", "core", "hands-on", "gotcha", "memorize",
            "security", "cost", "performance", "deployment", "monitoring", "training", "data-prep",
            "feature-engineering", "evaluation", "nlp", "computer-vision", "time-series", "genai", "mlops",
            "governance", "storage", "streaming", "analytics", "algorithms", "hyperparameters", "inference",
            "scaling", "compliance", "networking", "review", "todo", "flashcard", "lab", "domain-1", "domain-2",
            "domain-3", "domain-4", "aws/sagemaker", "aws/glue", "limits"};
    private static final double[] TAG_WEIGHTS = cumulative(TAGS.length, i -> i == 0 ? 150 : i == 1 ? 45 : 24.0 / (i + 1));

    /** Topic headings shared across the vault: each heads sections in many notes. */
    private static final String[] TOPICS = {"SageMaker Model Monitor", "Batch Transform", "Serverless Inference",
            "Real-Time Endpoints", "Multi-Model Endpoints", "Asynchronous Inference", "SageMaker Feature Store",
            "SageMaker Data Wrangler", "SageMaker Ground Truth", "SageMaker Clarify", "SageMaker Debugger",
            "SageMaker Autopilot", "SageMaker Pipelines", "SageMaker Model Registry", "SageMaker Experiments",
            "SageMaker Neo", "SageMaker JumpStart", "SageMaker Canvas", "SageMaker Studio", "SageMaker Processing",
            "Inference Recommender", "Shadow Testing", "Elastic Inference", "Kinesis Data Streams",
            "Kinesis Data Firehose", "Managed Service for Apache Flink", "AWS Glue ETL", "Glue Data Catalog",
            "Glue DataBrew", "Glue FindMatches", "Amazon Athena", "Amazon EMR", "Lake Formation", "Amazon Redshift",
            "Amazon QuickSight", "S3 Storage Classes", "S3 Lifecycle Policies", "Amazon Comprehend",
            "Amazon Rekognition", "Amazon Textract", "Amazon Transcribe", "Amazon Translate", "Amazon Polly",
            "Amazon Lex", "Amazon Personalize", "Amazon Forecast", "Amazon Kendra", "Amazon Bedrock",
            "Bedrock Knowledge Bases", "Bedrock Guardrails", "Amazon CloudWatch", "CloudWatch Alarms",
            "AWS CloudTrail", "IAM Roles & Policies", "KMS Encryption", "VPC Endpoints", "Network Isolation",
            "AWS Lambda", "Step Functions", "Amazon ECR", "XGBoost", "Linear Learner", "K-Means",
            "Principal Component Analysis", "DeepAR", "BlazingText", "Random Cut Forest", "Object2Vec",
            "Factorization Machines", "Image Classification", "Object Detection", "Semantic Segmentation",
            "Seq2Seq", "Latent Dirichlet Allocation", "Neural Topic Model", "IP Insights", "K-Nearest Neighbors",
            "Automatic Model Tuning", "Bayesian Optimization", "Hyperband", "Managed Spot Training",
            "Checkpointing", "Distributed Training", "Data Parallelism", "Model Parallelism", "Canary Deployment",
            "Blue/Green Deployment", "A/B Testing", "Auto-Scaling Policies", "Class Imbalance", "SMOTE",
            "Feature Engineering", "One-Hot Encoding", "Feature Scaling", "Missing Data Imputation",
            "Outlier Detection", "Dimensionality Reduction", "Confusion Matrix", "Precision and Recall",
            "ROC Curve and AUC", "RMSE and MAE", "F1 Score", "Overfitting and Underfitting",
            "L1 and L2 Regularization", "Dropout", "Early Stopping", "Learning Rate Schedules", "Batch Size Effects",
            "Transfer Learning", "Fine-Tuning", "Word Embeddings", "Tokenization", "Retrieval-Augmented Generation",
            "Prompt Engineering", "Vector Databases", "Foundation Models", "Model Cards", "Data Drift",
            "Concept Drift", "Bias Metrics", "SHAP Values", "Partial Dependence Plots", "Cross-Validation",
            "Train/Test Split", "Stratified Sampling", "Time Series Forecasting", "Anomaly Detection",
            "Recommendation Systems", "Natural Language Processing", "Computer Vision", "Reinforcement Learning",
            "Gradient Boosting", "Random Forests", "Decision Trees", "Logistic Regression", "Neural Networks",
            "Convolutional Neural Networks", "Recurrent Neural Networks", "Transformers", "Attention Mechanism",
            "Parquet and ORC Formats", "RecordIO-Protobuf", "Pipe Mode vs File Mode", "Fast File Mode",
            "EFS and FSx for Lustre", "Cost Optimization", "Savings Plans", "Spot Instances",
            "Instance Type Selection", "GPU Instances", "AWS Inferentia", "AWS Trainium", "Model Compilation",
            "Quantization", "Model Explainability", "Data Labeling", "Active Learning", "Amazon A2I",
            "CI/CD for ML", "Infrastructure as Code", "AWS CDK", "AWS CloudFormation", "MLflow on SageMaker",
            "TensorBoard", "Endpoint Security", "Data Lineage", "Model Governance", "Responsible AI"};
    private static final double[] TOPIC_WEIGHTS = cumulative(TOPICS.length, i -> Math.pow(i + 1, -0.7));
    private static final String[] QUALIFIERS = {"(Offline Inference)", "(Real-Time)", "(Deep Dive)", "(Exam Focus)",
            "(Configuration)", "(Hands-On)", "(Overview)", "(Limits & Quotas)", "vs Alternatives", "in Practice"};
    private static final String[] TITLE_SUFFIXES = {"Study Guide", "Notes", "Cheat Sheet", "Deep Dive",
            "Exam Prep", "Review", "Essentials", "Fundamentals"};
    /** Sub-headings repeated within and across notes (never the target of a generated anchor). */
    private static final String[] SUBHEADINGS = {"Purpose", "How It Works", "Key Features", "Use Cases",
            "When to Use", "When NOT to Use", "Best Practices", "Limitations", "Pricing", "Configuration",
            "Exam Scenarios", "Comparison", "Architecture", "Workflow", "Troubleshooting", "Security Considerations",
            "Performance Tuning", "Integration", "Quotas", "Examples"};
    private static final String[] EMOJI = {"🔑 ", "⚡ ", "📦 ", "⚠️ ", "🎯 ", "💡 "};
    private static final String[] LABELS = {"Purpose", "Characteristics", "Use case", "When to use", "Workflow",
            "Key Concept", "Decision Framework", "Pricing", "Limitations", "Best for", "Trade-off", "Solution",
            "Problem", "Result", "Alternative", "Note", "Remember", "Types", "Definitions", "Example"};
    private static final String[] FACTORS = {"Latency", "Cost", "Use case", "Scaling", "Idle cost", "Traffic pattern",
            "Max payload", "Max timeout", "Best for", "Setup effort", "Data size", "Managed", "Interpretability",
            "Training time", "Accuracy", "Input format", "Output", "Instance family"};
    private static final String[] INSTANCES = {"ml.m5.xlarge", "ml.c5.2xlarge", "ml.p3.2xlarge", "ml.g4dn.xlarge",
            "ml.g5.12xlarge", "ml.inf1.xlarge", "ml.trn1.32xlarge", "ml.p4d.24xlarge", "ml.r5.large", "ml.t3.medium"};
    private static final String[] LANGUAGES = {"python", "python", "python", "yaml", "bash", "json", ""};
    /** Top-level folders, and (after the slash) the six nested ones. */
    private static final String[] FOLDERS = {"data-engineering", "data-ingestion", "data-storage", "exploratory-analysis",
            "feature-engineering", "visualization", "modeling", "algorithms", "deep-learning", "nlp", "computer-vision",
            "time-series", "evaluation", "tuning", "training-infrastructure", "deployment", "inference", "monitoring",
            "mlops", "security", "governance", "cost", "ai-services", "genai", "bedrock", "analytics", "streaming",
            "practice-exams", "labs", "review", "modeling/supervised", "modeling/unsupervised", "deployment/endpoints",
            "deployment/edge", "genai/rag", "practice-exams/domain-3"};
    private static final Pattern DROPPED = Pattern.compile("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]");

    /** What other notes may link to: a note's place and the headings it is sure to have. */
    private record Plan(String folder, String title, int chapter, List<String> topics, List<String> headings,
                        boolean overview, boolean summary, int targetChars) {
    }

    private final long seed;
    private final int notes;
    private Plan[] plans;
    private long totalBytes;
    private int minBytes;
    private int maxBytes;

    public SyntheticVault(long seed, int notes) {
        this.seed = seed;
        this.notes = notes;
    }

    public Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        plans = new Plan[notes];
        for (int n = 0; n < notes; n++) plans[n] = plan(n);
        totalBytes = 0;
        minBytes = Integer.MAX_VALUE;
        maxBytes = 0;
        for (int n = 0; n < notes; n++) {
            byte[] bytes = new NoteWriter(n).note().getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(plans[n].folder()).resolve(fileName(n));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            totalBytes += bytes.length;
            minBytes = Math.min(minBytes, bytes.length);
            maxBytes = Math.max(maxBytes, bytes.length);
        }
        return dir;
    }

    /** Markdown bytes written by the last {@link #write}. */
    public long markdownBytes() {
        return totalBytes;
    }

    public double averageNoteBytes() {
        return notes == 0 ? 0 : (double) totalBytes / notes;
    }

    public int minNoteBytes() {
        return minBytes;
    }

    public int maxNoteBytes() {
        return maxBytes;
    }

    /**
     * The rare identifier of a given rank in the long tail (0 most frequent): rank 3000 occurs in a
     * handful of notes per thousand, a "specific" query word.
     */
    public static String identifier(int rank) {
        String a = DOMAIN[rank % DOMAIN.length];
        String b = DOMAIN[(rank / DOMAIN.length) % DOMAIN.length];
        return switch (rank % 3) {
            case 0 -> a + "_" + b;
            case 1 -> a + (rank / 7);
            default -> a + "_" + b + "_" + (rank % 97);
        };
    }

    private static String fileName(int n) {
        return "note-" + n + ".md";
    }

    private Random random(int n, long salt) {
        return new Random(seed * 0x9E3779B97F4A7C15L + n * 0xC2B2AE3D27D4EB4FL + salt);
    }

    private Plan plan(int n) {
        Random r = random(n, 1);
        String folder = FOLDERS[r.nextInt(FOLDERS.length)];
        String main = TOPICS[weighted(r, TOPIC_WEIGHTS)];
        String title = r.nextInt(4) == 0 ? main + " & " + TOPICS[weighted(r, TOPIC_WEIGHTS)] + " " + pick(r, TITLE_SUFFIXES)
                : main + " " + pick(r, TITLE_SUFFIXES);
        int chapter = r.nextInt(10) < 3 ? 1 + r.nextInt(12) : 0;
        Set<String> chosen = new LinkedHashSet<>();
        if (r.nextInt(3) > 0) chosen.add(main);
        int sections = 5 + r.nextInt(4);
        while (chosen.size() < sections) chosen.add(TOPICS[weighted(r, TOPIC_WEIGHTS)]);
        List<String> topics = new ArrayList<>(chosen);
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            String text = topics.get(i);
            if (r.nextInt(6) == 0) text += " " + pick(r, QUALIFIERS);
            if (chapter > 0) text = chapter + "." + (i + 1) + " " + text;
            headings.add(text);
        }
        return new Plan(folder, title, chapter, topics, headings, r.nextInt(10) < 9, r.nextInt(20) < 17,
                15_800 + r.nextInt(2_200));
    }

    /** One note: its own random source, the plans of every note (for links). */
    private final class NoteWriter {
        private final int n;
        private final Plan plan;
        private final Random random;
        private final StringBuilder md = new StringBuilder(24_000);

        NoteWriter(int n) {
            this.n = n;
            this.plan = plans[n];
            this.random = random(n, 2);
        }

        String note() {
            if (random.nextInt(100) < 15) {
                md.append("---\ntitle: \"").append(plan.title()).append("\"\ntags: [").append(tag()).append(", ")
                        .append(tag()).append("]\n---\n\n");
            }
            md.append("# ").append(plan.title()).append("\n\n");
            if (random.nextInt(10) == 0) md.append("## Exam Study Guide\n\n");
            if (random.nextInt(100) < 75) {
                Set<String> noteTags = new LinkedHashSet<>();
                for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) noteTags.add(tag());
                md.append("**Tags:**");
                noteTags.forEach(t -> md.append(" `#").append(t).append('`'));
                md.append("\n\n");
            }
            if (plan.overview()) {
                md.append("## Overview\n").append(sentence(20 + random.nextInt(25))).append("\n\n");
                if (random.nextBoolean()) glossaryList(3 + random.nextInt(4));
            }
            String tail = tail();
            int budget = Math.max(1_200, (plan.targetChars() - md.length() - tail.length()) / plan.headings().size());
            for (int i = 0; i < plan.headings().size(); i++) {
                if (i > 0 && random.nextInt(4) == 0) md.append("---\n\n");
                topicSection(i, budget);
            }
            String last = plan.topics().get(plan.topics().size() - 1);
            while (md.length() + tail.length() < 15_100) md.append(sentenceAbout(last, 20 + random.nextInt(20))).append("\n\n");
            md.append(tail);
            return md.toString();
        }

        private void topicSection(int i, int budget) {
            int start = md.length();
            md.append("## ").append(plan.headings().get(i));
            if (random.nextInt(100) < 40) md.append(' ').append(tagMark());
            md.append("\n\n").append(sentenceAbout(plan.topics().get(i), 25 + random.nextInt(30))).append("\n\n");
            int sub = 0;
            while (md.length() - start < budget - 250) {
                if (random.nextInt(2) == 0) subHeading(3 + (sub > 0 && random.nextInt(3) == 0 ? 1 : 0), i, ++sub);
                block(plan.topics().get(i));
            }
        }

        private void subHeading(int level, int section, int sub) {
            md.append("#".repeat(level)).append(' ');
            int kind = random.nextInt(10);
            if (kind < 5) {
                if (random.nextInt(8) == 0) md.append(pick(random, EMOJI));
                md.append(pick(random, SUBHEADINGS));
            } else if (kind < 8) {
                String topic = TOPICS[weighted(random, TOPIC_WEIGHTS)];
                // Never a heading of this note's plan: those ids must stay free for anchors.
                while (plan.topics().contains(topic)) topic = TOPICS[random.nextInt(TOPICS.length)];
                if (plan.chapter() > 0) md.append(plan.chapter()).append('.').append(section + 1).append('.').append(sub).append(' ');
                md.append(topic);
                if (random.nextInt(5) == 0) md.append(" (").append(capitalise(word())).append(' ').append(capitalise(word())).append(')');
            } else {
                md.append(sub).append(". ").append(title());
            }
            if (random.nextInt(100) < 35) md.append(' ').append(tagMark());
            md.append("\n\n");
        }

        private void block(String topic) {
            switch (random.nextInt(13)) {
                case 0, 1 -> md.append(sentenceAbout(topic, 30 + random.nextInt(50))).append("\n\n");
                case 2 -> labelled(topic);
                case 3 -> {
                    md.append("**").append(pick(random, LABELS)).append(":** ");
                    if (random.nextInt(3) == 0) md.append(tagMark()).append('\n');
                    else md.append(sentence(8 + random.nextInt(10))).append('\n');
                    list(3 + random.nextInt(5));
                }
                case 4 -> drills(3 + random.nextInt(4));
                case 5 -> comparisonTable(topic);
                case 6 -> scenarioTable(topic);
                case 7 -> code();
                case 8 -> links();
                case 9 -> glossaryList(3 + random.nextInt(5));
                case 10 -> {
                    for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) {
                        md.append("**").append(title()).append("** - ").append(sentence(10 + random.nextInt(12)));
                        if (random.nextInt(5) == 0) md.append(' ').append(tagMark());
                        md.append("\n\n");
                    }
                }
                case 11 -> scenario();
                default -> {
                    if (random.nextInt(3) == 0) md.append("> **").append(pick(random, LABELS)).append(":** ").append(sentence(14)).append("\n\n");
                    else list(3 + random.nextInt(5));
                }
            }
        }

        /** {@code **Exam Scenario:** `#exam-tip`} then the list or table it tags. */
        private void labelled(String topic) {
            String label = random.nextBoolean() ? "Exam Scenario" : random.nextBoolean() ? "When to use" : "⚠️ CRITICAL LIMITATIONS";
            md.append("**").append(label).append(":** ").append(tagMark()).append('\n');
            list(3 + random.nextInt(4));
            if (random.nextInt(3) == 0) md.append(sentenceAbout(topic, 15)).append("\n\n");
        }

        private void scenario() {
            md.append("**Scenario ").append(1 + random.nextInt(6)).append(":** ").append(sentence(8 + random.nextInt(6))).append('\n')
                    .append("- **Problem:** ").append(sentence(8)).append('\n')
                    .append("- **Solution:**\n");
            for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) {
                md.append("  - ").append(TOPICS[weighted(random, TOPIC_WEIGHTS)]).append(": ").append(sentence(6))
                        .append(" `").append(rare()).append('=').append(random.nextInt(100)).append("`\n");
            }
            md.append('\n');
        }

        private void list(int items) {
            for (int i = 0; i < items; i++) {
                md.append("- ");
                int kind = random.nextInt(8);
                if (kind == 0) md.append("**").append(capitalise(word())).append(":** ").append(sentence(6 + random.nextInt(8)));
                else if (kind == 1) md.append("**`").append(rare()).append("`** - ").append(sentence(6 + random.nextInt(6)));
                else md.append(sentence(5 + random.nextInt(14)));
                if (random.nextInt(100) < 18) md.append(' ').append(tagMark());
                md.append('\n');
                if (random.nextInt(5) == 0) {
                    for (int j = 0, k = 1 + random.nextInt(3); j < k; j++) md.append("  - ").append(sentence(4 + random.nextInt(8))).append('\n');
                }
            }
            md.append('\n');
        }

        private void glossaryList(int items) {
            for (int i = 0; i < items; i++) {
                md.append("- **").append(random.nextInt(3) == 0 ? TOPICS[weighted(random, TOPIC_WEIGHTS)] : title())
                        .append("** - ").append(sentence(5 + random.nextInt(10)));
                if (random.nextInt(8) == 0) md.append(' ').append(tagMark());
                md.append('\n');
            }
            md.append('\n');
        }

        private void drills(int items) {
            if (random.nextBoolean()) md.append("**Quick Drill:** ").append(tagMark()).append('\n');
            for (int i = 0; i < items; i++) {
                if (random.nextInt(3) == 0) {
                    md.append("- ").append(capitalise(sentence(3 + random.nextInt(3)).replace(".", ""))).append(" -> `")
                            .append(rare()).append("`\n");
                } else {
                    md.append("- **\"").append(capitalise(sentence(4 + random.nextInt(4)).replace(".", ""))).append("?\"** → ")
                            .append(TOPICS[weighted(random, TOPIC_WEIGHTS)]);
                    if (random.nextInt(4) == 0) md.append(" (").append(sentence(4).replace(".", "")).append(')');
                    md.append('\n');
                }
            }
            md.append('\n');
        }

        private void comparisonTable(String topic) {
            int columns = 2 + random.nextInt(3);
            md.append("| Factor | ").append(topic);
            for (int c = 1; c < columns; c++) md.append(" | ").append(TOPICS[weighted(random, TOPIC_WEIGHTS)]);
            md.append(" |\n|").append("---|".repeat(columns + 1)).append('\n');
            for (int row = 0, rows = 4 + random.nextInt(6); row < rows; row++) {
                md.append("| **").append(pick(random, FACTORS)).append("** |");
                for (int c = 0; c < columns; c++) md.append(' ').append(cell()).append(" |");
                md.append('\n');
            }
            md.append('\n');
        }

        private String cell() {
            return switch (random.nextInt(7)) {
                case 0 -> "✅ " + sentence(2 + random.nextInt(3)).replace(".", "");
                case 1 -> "❌ " + sentence(2 + random.nextInt(3)).replace(".", "");
                case 2 -> "⚠️ " + sentence(3 + random.nextInt(4)).replace(".", "");
                case 3 -> "`" + rare() + "`";
                case 4 -> "$".repeat(1 + random.nextInt(3)) + " " + word();
                case 5 -> "**" + capitalise(word()) + "** (" + (1 + random.nextInt(60)) + " " + pick(random, new String[] {"ms", "s", "MB", "GB", "min"}) + ")";
                default -> sentence(2 + random.nextInt(5)).replace(".", "");
            };
        }

        private void scenarioTable(String topic) {
            boolean workload = random.nextBoolean();
            if (random.nextBoolean()) md.append("**Exam Scenarios:** ").append(tagMark()).append("\n\n");
            md.append(workload ? "| Workload | Instance Type | Reason |\n|---|---|---|\n" : "| Scenario | Solution |\n|---|---|\n");
            for (int row = 0, rows = 4 + random.nextInt(7); row < rows; row++) {
                md.append("| ").append(sentence(4 + random.nextInt(5)).replace(".", "")).append(" | ");
                if (workload) md.append('`').append(pick(random, INSTANCES)).append("` | ").append(sentence(4 + random.nextInt(4)).replace(".", ""));
                else md.append(random.nextInt(3) == 0 ? topic : TOPICS[weighted(random, TOPIC_WEIGHTS)])
                        .append(random.nextBoolean() ? " + " + capitalise(word()) : "");
                md.append(" |\n");
            }
            md.append('\n');
        }

        private void code() {
            String language = pick(random, LANGUAGES);
            md.append("```").append(language).append('\n');
            int lines = 4 + random.nextInt(10);
            for (int i = 0; i < lines; i++) {
                switch (language) {
                    case "python" -> md.append(i % 4 == 0 ? "# " + sentence(5 + random.nextInt(5))
                            : rare() + " = " + word() + "." + word() + "(" + rare() + "=" + random.nextInt(1000) + ", "
                            + word() + "=\"" + word() + "\")");
                    case "yaml" -> md.append(i % 5 == 0 ? "# " + sentence(4) : "  ".repeat(i % 3) + rare() + ": " + word());
                    case "bash" -> md.append(i % 3 == 0 ? "# " + sentence(4) : "aws sagemaker " + word() + "-" + word()
                            + " --" + word() + "-name " + rare() + " --" + word() + " " + random.nextInt(100));
                    case "json" -> md.append(i == 0 ? "{" : i == lines - 1 ? "}" : "  \"" + rare() + "\": \"" + word() + "\",");
                    default -> md.append(i == 0 ? capitalise(word()) : "  ".repeat(1 + i % 3) + "└── " + capitalise(word()) + " (" + word() + ")");
                }
                md.append('\n');
            }
            if (random.nextInt(10) == 0) md.append("# #important is a comment here, not a tag\n");
            md.append("```\n\n");
        }

        /** A sentence with links: relative paths and wikilinks, some to a heading the target has. */
        private void links() {
            md.append("See ").append(relativeLink(otherNote()));
            md.append(random.nextBoolean() ? " and " + wikiLink(otherNote()) : "");
            md.append(" for ").append(sentence(5 + random.nextInt(8)).toLowerCase(Locale.ROOT));
            if (random.nextInt(20) == 0) {
                md.append("\n\n![").append(capitalise(word())).append(" diagram](images/").append(word()).append('-')
                        .append(n).append(".png)");
            }
            md.append("\n\n");
        }

        private int otherNote() {
            if (notes == 1) return n;
            int other = random.nextInt(notes - 1);
            return other >= n ? other + 1 : other;
        }

        private String relativeLink(int target) {
            Plan to = plans[target];
            String path = Path.of(plan.folder()).relativize(Path.of(to.folder(), fileName(target))).toString().replace('\\', '/');
            if (!path.startsWith("..") && random.nextBoolean()) path = "./" + path;
            String anchor = random.nextInt(10) < 4 ? anchorIn(to) : null;
            return "[" + (anchor == null ? to.title() : headingOf(to, anchor)) + "](" + path
                    + (anchor == null ? "" : "#" + slug(anchor)) + ")";
        }

        private String wikiLink(int target) {
            Plan to = plans[target];
            String anchor = random.nextInt(10) < 3 ? anchorIn(to) : null;
            String page = "note-" + target + (anchor == null ? "" : "#" + anchor);
            return random.nextInt(4) == 0 ? "[[" + page + "|" + to.title() + "]]" : "[[" + page + "]]";
        }

        /** The text of a heading note {@code to} certainly has, with a unique id (its first use). */
        private String anchorIn(Plan to) {
            int k = random.nextInt(to.headings().size() + 2);
            if (k == to.headings().size() && to.overview()) return "Overview";
            if (k == to.headings().size() + 1 && to.summary()) return "Summary";
            return to.headings().get(k % to.headings().size());
        }

        private String headingOf(Plan to, String heading) {
            return heading.equals("Overview") || heading.equals("Summary") ? to.title() + " – " + heading : heading;
        }

        /** The closing sections most notes share; built before the topic sections to size them. */
        private String tail() {
            int mark = md.length();
            if (random.nextInt(10) < 8) {
                md.append("## 🔑 Exam Tips");
                if (random.nextBoolean()) md.append(' ').append(tagMark());
                md.append("\n\n");
                for (int i = 0, k = 4 + random.nextInt(4); i < k; i++) {
                    md.append("- ").append(random.nextInt(3) == 0 ? "**" + TOPICS[weighted(random, TOPIC_WEIGHTS)] + ":** " : "")
                            .append(sentence(6 + random.nextInt(10)));
                    if (random.nextInt(100) < 45) md.append(' ').append(tagMark());
                    md.append('\n');
                }
                md.append('\n');
                if (random.nextBoolean()) drills(3 + random.nextInt(3));
            }
            if (random.nextInt(10) < 6) {
                md.append("## Common Pitfalls").append(random.nextInt(3) == 0 ? " `#gotcha`" : "").append("\n\n");
                for (int i = 0, k = 3 + random.nextInt(3); i < k; i++) {
                    md.append("- ❌ ").append(sentence(6 + random.nextInt(8))).append(" → ✅ ").append(sentence(4 + random.nextInt(5)));
                    if (random.nextInt(5) == 0) md.append(' ').append(tagMark());
                    md.append('\n');
                }
                md.append('\n');
            }
            if (random.nextInt(10) < 7) {
                md.append("## Key Takeaways\n\n");
                for (int i = 0, k = 3 + random.nextInt(4); i < k; i++) md.append(i + 1).append(". ").append(sentence(6 + random.nextInt(10))).append('\n');
                md.append('\n');
            }
            if (plan.summary()) {
                md.append("## Summary\n\n").append(sentence(25 + random.nextInt(30))).append("\n\n");
            }
            if (random.nextInt(10) < 7) {
                md.append("## Related Topics\n");
                for (int i = 0, k = 2 + random.nextInt(4); i < k; i++) {
                    md.append("- ").append(random.nextInt(3) == 0 ? wikiLink(otherNote()) : relativeLink(otherNote())).append('\n');
                }
                if (random.nextInt(10) == 0) {
                    String missing = TOPICS[weighted(random, TOPIC_WEIGHTS)];
                    md.append("- [").append(missing).append("](./").append(slug(missing)).append("-notes.md)\n");
                }
                md.append('\n');
            }
            String tail = md.substring(mark);
            md.setLength(mark);
            return tail;
        }

        private String tag() {
            return TAGS[weighted(random, TAG_WEIGHTS)];
        }

        /** A tag as notes write it: mostly inline code, sometimes a plain Obsidian hashtag. */
        private String tagMark() {
            return random.nextInt(5) == 0 ? "#" + tag() : "`#" + tag() + "`";
        }

        private String title() {
            List<String> words = new ArrayList<>();
            for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) words.add(capitalise(word()));
            return String.join(" ", words);
        }

        /** A sentence that names its section's topic now and then, as real prose does. */
        private String sentenceAbout(String topic, int words) {
            String s = sentence(words);
            return random.nextBoolean() ? s : topic + " " + Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }

        private String sentence(int words) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < words; i++) {
                if (i > 0) s.append(i % 11 == 10 ? ", " : " ");
                int r = random.nextInt(10);
                s.append(r < 4 ? pick(random, FILLER) : r < 9 ? word() : rare());
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
            return identifier((int) Math.floor(Math.pow(RARE_POOL, random.nextDouble())) - 1);
        }
    }

    /** GitHub's heading slug (as HeadingIds computes it): what a hand-written anchor names. */
    static String slug(String heading) {
        return DROPPED.matcher(heading.toLowerCase(Locale.ROOT)).replaceAll("").replace(' ', '-');
    }

    private static int weighted(Random random, double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static double[] cumulative(int size, java.util.function.IntToDoubleFunction weight) {
        double[] sums = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) sums[i] = sum += weight.applyAsDouble(i);
        return sums;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
