"""Rules: the rule format, reading it from YAML, and compiling it for annotation.

    models      the rule format, as pydantic models (the one source of truth)
    yaml_file   one rule file read from safe YAML, problems located
    positions   where a path inside a YAML file sits, as line and column
    validate    a file's data into models, with "did you mean" for misspelt keys
    merge       imported sources folded into the curated ones that describe them
    tree        every file under a folder read, validated, merged and indexed
    integrity   what no single file shows: duplicate ids, dangling owners, domain conflicts
    load        `load_rules`: a clean tree compiled into a `RuleSet`
    ruleset     the compiled rules, with labels and owner chains worked out once
    policy      facts into labels
    aliases     names found in text with one automaton pass
    domains     hosts and paths to sources with dictionary look-ups
    regex       rule patterns compiled with RE2
    patterns    every rule pattern in one RE2 set per zone
    schema      the JSON Schema generated from the models

Package modules import each other directly; nothing is re-exported here, so that importing
one module never pulls in the rest.
"""
