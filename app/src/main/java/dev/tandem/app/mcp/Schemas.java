package dev.tandem.app.mcp;

/** The JSON schemas of the tools' arguments. */
final class Schemas {

    static final String NONE = """
            {"type": "object", "properties": {}}""";

    static final String RECALL = """
            {"type": "object", "properties": {
              "text": {"type": "string", "description": "What you are working on or asking about, in plain words."},
              "project": {"type": "string", "description": "Only items of this project (its name)."},
              "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 8,
                        "description": "How many items, at most 50."}},
             "required": ["text"]}""";

    static final String SEARCH = """
            {"type": "object", "properties": {
              "query": {"type": "string", "description": "Words to find."},
              "kind": {"type": "string", "enum": ["entry", "goal", "memory", "turn", "chunk"],
                       "description": "Only items of this kind (chunk: a passage of a document; turn: a message)."},
              "project": {"type": "string", "description": "Only items of this project (its name)."},
              "since": {"type": "string", "format": "date", "description": "From this day on, YYYY-MM-DD."},
              "until": {"type": "string", "format": "date", "description": "Up to this day, YYYY-MM-DD."},
              "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}},
             "required": ["query"]}""";

    static final String GET = """
            {"type": "object", "properties": {
              "kind": {"type": "string", "enum": ["entry", "goal", "memory", "turn", "chunk"]},
              "id": {"type": "integer", "minimum": 1}},
             "required": ["kind", "id"]}""";

    static final String PROPOSE = """
            {"type": "object", "properties": {
              "text": {"type": "string", "description": "The memory, one short sentence about the person."},
              "kind": {"type": "string", "enum": ["fact", "preference", "commitment", "progress"], "default": "fact"},
              "source": {"type": "string", "description": "The passage of the conversation it comes from."}},
             "required": ["text"]}""";

    static final String NOTE = """
            {"type": "object", "properties": {
              "text": {"type": "string", "description": "The note, in Markdown."},
              "project": {"type": "string", "description": "The project it belongs to (its name)."},
              "goal": {"type": "integer", "description": "The id of a goal it is progress on."}},
             "required": ["text"]}""";

    private Schemas() {
    }
}
