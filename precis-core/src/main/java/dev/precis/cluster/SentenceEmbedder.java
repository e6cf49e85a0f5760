package dev.precis.cluster;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized, 384 dimensions), run in process by ONNX Runtime from the
 * model file inside langchain4j's jar: nothing is downloaded and nothing leaves the machine. Before the model
 * loads, {@code OPT_OUT_TRACKING} and {@code DJL_OFFLINE} are set as system properties, so that the tokenizer's
 * library (DJL) neither reports its use nor fetches anything.
 *
 * <p>The model loads once per process, on the first {@link #shared()} call, and only then: a clusterer without
 * the {@code embedding} option never touches this class, so it pays nothing for it. {@link #embed} is
 * thread-safe; one inference uses every processor, and its threads sleep rather than spin when idle, so the
 * process's CPU time is the work done.
 */
public final class SentenceEmbedder implements ArticleEmbeddings.Embedder {
  static final int DIMENSIONS = 384;
  private static final String MODEL = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
  private static SentenceEmbedder shared;

  private final EmbeddingModel model;

  private SentenceEmbedder() {
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("DJL_OFFLINE", "true");
    ClassLoader loader = PoolingMode.class.getClassLoader();
    try (InputStream onnx = loader.getResourceAsStream(MODEL);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER)) {
      if (onnx == null || tokenizer == null) {
        throw new IllegalStateException("the embedding model " + MODEL + " is not on the class path");
      }
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
      options.setInterOpNumThreads(1);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options),
          tokenizer, PoolingMode.MEAN);
      // Texts are embedded one at a time, on the caller's thread (the executor runs nothing else).
      this.model = new AbstractInProcessEmbeddingModel(Runnable::run) {
        @Override
        protected OnnxBertBiEncoder model() {
          return encoder;
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + MODEL, e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + MODEL + ": " + e.getMessage(), e);
    }
  }

  /** The process's embedder, loaded on first use. */
  public static synchronized SentenceEmbedder shared() {
    if (shared == null) {
      shared = new SentenceEmbedder();
    }
    return shared;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  /** The unit-length embedding of {@code text}, which is not blank. */
  @Override
  public float[] embed(String text) {
    return model.embed(text).content().vector();
  }
}
