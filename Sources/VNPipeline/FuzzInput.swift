import VNAlignment
import VNCorpus
import VNText

/// One input of the fuzzer (`Tests/Fuzz`) through the whole pipeline, the same way the fuzz
/// harness runs it and the `Fuzz crashers` tests replay it.
///
/// A first byte 0x00-0x07 picks the `--from` encoding (auto, utf8, cp1258, vni, tcvn3, viqr,
/// viscii, cp1252) and is dropped; any other first byte means auto. The bytes are then read by
/// `CorpusPipeline.article(fromBytes:source:)` (JSON Lines or an article with front matter,
/// decoding, normalising in each tone style, page debris, language detection, features,
/// evidence) with the language as detected and forced to each language, and the English and
/// Vietnamese readings are aligned against each other. Nothing may crash; problems are fine.
///
/// `runJSONLines` reads every input as a JSON Lines feed (the JSON Lines fuzz target).
///
/// ```swift
/// FuzzInput.run(Array("---\nlang: vi\n---\nThủ tướng Phạm Minh Chính ...".utf8))
/// FuzzInput.runJSONLines(Array(#"{"id": 1, "text": "..."}"#.utf8))
/// ```
public enum FuzzInput {
    /// The name the input is read under (its stem is the id of an article without one).
    public static let source = "fuzz.txt"

    public static func run(_ input: [UInt8]) {
        var bytes = input[...]
        var encoding = SourceEncoding.auto
        if let first = bytes.first, first < 8 {
            encoding = SourceEncoding.allCases[Int(first)]
            bytes = bytes.dropFirst()
        }
        let data = Array(bytes)
        // Repairs of arbitrary (lossily decoded) text: mojibake, VIQR, legacy shown as Windows-1252.
        _ = TextDecoding.repair(String(decoding: data, as: UTF8.self), from: encoding)
        for style in ToneStyle.allCases {
            var evidence: [ArticleEvidence] = []
            for language in [nil, Language.english, Language.vietnamese] {
                var options = CorpusPipeline.Options()
                options.reader.sourceEncoding = encoding
                options.reader.style = style
                options.reader.forcedLanguage = language
                options.keep = [.features, .evidence]
                let loaded = CorpusPipeline(options: options).article(fromBytes: data, source: source)
                if language != nil { evidence += loaded.evidence }
            }
            // The English and the Vietnamese reading of one text are candidates of each other.
            _ = Aligner().align(evidence: evidence)
        }
    }

    /// The bytes as a JSON Lines feed: `{` is put in front of an input that does not begin with
    /// one, so that every input takes the JSON Lines path of the reader (decoding per line, JSON
    /// objects, field types, text repairs, dates), then the pipeline's extraction and evidence.
    public static func runJSONLines(_ input: [UInt8]) {
        let bytes = CorpusReader.looksLikeJSONLines(input) ? input : [0x7B] + input
        var options = CorpusPipeline.Options()
        options.keep = [.features, .evidence]
        _ = CorpusPipeline(options: options).article(fromBytes: bytes, source: "fuzz.jsonl")
    }
}
