"""Tools over the library: measuring the annotator on labelled cases (`evaluate`), what a
rules change does (`rules_diff`), what the rules cover (`stats`), and importers that turn
public tables into rule files (`importers/`)."""
