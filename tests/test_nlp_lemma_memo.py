"""The on-demand lemma (memoized, the lemmatizer's index answered from sets) agrees with spaCy's
own lemmatizer and leaves the pipeline serializable."""

from dateline import nlp

TEXT = ("The ministers were meeting leaders who had fled, and the talks broke down as the "
        "armies advanced; officials said the sanctions would hurt their economies.")


def test_lemma_agrees_with_the_lemmatizer_and_pipeline_still_serializes():
    pipeline, pristine = nlp.load(), nlp.load()  # each load is a pipeline of its own
    doc = pipeline(TEXT)
    doc.user_data["nlp"] = pipeline
    ours = [nlp.lemma(t) for t in doc] + [nlp.lemma(t) for t in doc]  # second pass: memo
    rules = pristine.get_pipe("lemmatizer")  # its index still plain lists
    theirs = [t.lemma_ or (rules.rule_lemmatize(t) or [t.lower_])[0] for t in pristine(TEXT)]
    assert ours == theirs * 2
    assert ours[:4] == ["the", "minister", "be", "meet"]
    assert pipeline.get_pipe("lemmatizer").to_bytes()  # msgpack can still write the index
