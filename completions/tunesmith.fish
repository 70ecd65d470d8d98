function __tunesmith_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tunesmith_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __tunesmith_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __tunesmith_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

# Whether the word being completed is the first after tunesmith (added by scripts/lib/default-subcommand-completions).
function __tunesmith_is_completing_first_word
    test (count (__tunesmith_tokens -pc)) -eq 1
end

function __tunesmith_parse_tokens -S
    set -l unparsed_tokens (__tunesmith_tokens -pc)
    # The default subcommand (added by scripts/lib/default-subcommand-completions):
    # unless the first word names a subcommand, complete as `tunesmith shell` does.
    if not contains -- "$unparsed_tokens[2]" shell tokens render validate split import export chat eval files jobs models endpoints encodings tokenizers help
        set unparsed_tokens $unparsed_tokens[1] shell $unparsed_tokens[2..]
    end
    switch $unparsed_tokens[1]
    case 'tunesmith'
        __tunesmith_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'shell'
            __tunesmith_parse_subcommand 1 'model=' 'target=' 'persona=' 'system=' 'offline' 'yes' 'restore-draft' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
        case 'tokens'
            __tunesmith_parse_subcommand -r 1 'model=' 'encoding=' 'tokenizer=' 'pattern=' 'special' 'ids' 'json-lines' 'chat=' 'version' 'h/help'
        case 'render'
            __tunesmith_parse_subcommand 1 'model=' 'encoding=' 'tokenizer=' 'pattern=' 'example=' 'json-lines' 'version' 'h/help'
        case 'validate'
            __tunesmith_parse_subcommand 1 'model=' 'encoding=' 'max-tokens=' 'json' 'as-validation-file' 'provider=' 'version' 'h/help'
        case 'split'
            __tunesmith_parse_subcommand 1 'validation-fraction=' 'seed=' 'force' 'version' 'h/help'
        case 'import'
            __tunesmith_parse_subcommand 1 'from=' 'columns=' 'out=' 'force' 'version' 'h/help'
        case 'export'
            __tunesmith_parse_subcommand 1 'to=' 'method=' 'model=' 'out=' 'force' 'version' 'h/help'
        case 'chat'
            __tunesmith_parse_subcommand 1 'model=' 'system=' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
        case 'eval'
            __tunesmith_parse_subcommand 1 'model=+' 'judge=' 'turns=' 'concurrency=' 'target=' 'seed=' 'json' 'html=' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
        case 'files'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'upload'
                __tunesmith_parse_subcommand 1 'purpose=' 'model=' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'list'
                __tunesmith_parse_subcommand 0 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'show'
                __tunesmith_parse_subcommand 1 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'delete'
                __tunesmith_parse_subcommand 1 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            end
        case 'jobs'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __tunesmith_parse_subcommand 0 'model=' 'training-file=' 'validation-file=' 'suffix=' 'epochs=' 'batch-size=' 'learning-rate-multiplier=' 'learning-rate=' 'full' 'lora' 'lora-rank=' 'max-context-length=' 'train-on-inputs=' 'evaluations=' 'checkpoints=' 'seed=' 'method=' 'beta=' 'yes' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'list'
                __tunesmith_parse_subcommand 0 'limit=' 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'show'
                __tunesmith_parse_subcommand 1 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'events'
                __tunesmith_parse_subcommand 1 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'checkpoints'
                __tunesmith_parse_subcommand 1 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'cancel'
                __tunesmith_parse_subcommand 1 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'pause'
                __tunesmith_parse_subcommand 1 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'resume'
                __tunesmith_parse_subcommand 1 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'watch'
                __tunesmith_parse_subcommand 1 'interval=' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            end
        case 'models'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'list'
                __tunesmith_parse_subcommand 0 'json' 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            case 'catalog'
                __tunesmith_parse_subcommand 0 'provider=' 'refresh' 'json' 'version' 'h/help'
            case 'delete'
                __tunesmith_parse_subcommand 1 'base-url=' 'organization=' 'project=' 'provider=' 'version' 'h/help'
            end
        case 'endpoints'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'create'
                __tunesmith_parse_subcommand 1 'hardware=' 'min-replicas=' 'max-replicas=' 'name=' 'provider=' 'yes' 'version' 'h/help'
            case 'list'
                __tunesmith_parse_subcommand 0 'json' 'provider=' 'version' 'h/help'
            case 'show'
                __tunesmith_parse_subcommand 1 'json' 'provider=' 'version' 'h/help'
            case 'delete'
                __tunesmith_parse_subcommand 1 'provider=' 'version' 'h/help'
            end
        case 'encodings'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'path'
                __tunesmith_parse_subcommand 0 'version' 'h/help'
            case 'fetch'
                __tunesmith_parse_subcommand -r 1 'version' 'h/help'
            case 'install'
                __tunesmith_parse_subcommand 1 'encoding=' 'version' 'h/help'
            end
        case 'tokenizers'
            __tunesmith_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'path'
                __tunesmith_parse_subcommand 1 'version' 'h/help'
            case 'fetch'
                __tunesmith_parse_subcommand -r 1 'version' 'h/help'
            case 'list'
                __tunesmith_parse_subcommand 0 'version' 'h/help'
            end
        case 'help'
            __tunesmith_parse_subcommand -r 1 'version'
        end
    end
end

function __tunesmith_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __tunesmith_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __tunesmith_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __tunesmith_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__tunesmith_tokens -p)
    if test -z "$(__tunesmith_tokens -t)"
        set -l index (count (__tunesmith_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'tunesmith' -f
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'shell' -d 'The authoring shell: chat, keep, edit, count, save (the default command).'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'tokens' -d 'Count tokens exactly (ids identical to each tokenizer\'s reference library).'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'render' -d 'Show each example exactly as the model sees it: its chat format, special tokens, and the tokens that train.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'validate' -d 'Check a training file as OpenAI\'s data-format check does, and more; open models are counted as their chat format renders.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'split' -d 'Split a training file into FILE-train.jsonl and FILE-validation.jsonl.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'import' -d 'Turn conversations from ChatGPT, Claude, llm, ShareGPT, Alpaca or CSV into candidate examples.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'export' -d 'Write a dataset in a trainer\'s own shape, with a config that runs and a README with the command.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'chat' -d 'Send one message and stream the reply to standard output.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'eval' -d 'Did the fine-tune work? Send the file\'s conversations to models and compare their replies with the file\'s own.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'files' -d 'Upload, list, show and delete files stored with the provider.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'jobs' -d 'Create, follow and manage fine-tuning jobs.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'models' -d 'List the models the API serves or the catalog of fine-tunable ones, or delete a fine-tuned one.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'endpoints' -d 'Dedicated endpoints or deployments: serve a fine-tuned model to chat with it (together, fireworks).'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'encodings' -d 'Where each encoding\'s rank file is; download one; add a local copy.'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'tokenizers' -d 'Find, fetch and list the tokenizers of open-weight models (Hugging Face repo ids).'
complete -c 'tunesmith' -n '__tunesmith_is_completing_first_word' -fa 'help' -d 'Show subcommand help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith shell" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" model' -l 'model' -d 'The chat model (default: $TUNESMITH_MODEL, else gpt-4.1-mini).' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 gpt-5 gpt-4.5 chatgpt-4o o1 o3 gpt-4-turbo gpt-4-32k gpt-35-turbo'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" target' -l 'target' -d 'The model to fine-tune (default: the chat model when it can be).' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 meta-llama/Meta-Llama-3.1-8B-Instruct-Reference meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference meta-llama/Llama-3.3-70B-Instruct-Reference meta-llama/Llama-3.3-70B-131k-Instruct-Reference meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-1B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct meta-llama/Llama-4-Scout-17B-16E-Instruct deepseek-ai/DeepSeek-R1-Distill-Llama-70B Qwen/Qwen3-0.6B Qwen/Qwen3-1.7B Qwen/Qwen3-4B Qwen/Qwen3-8B Qwen/Qwen3-14B Qwen/Qwen3-32B Qwen/Qwen3-30B-A3B Qwen/Qwen3-235B-A22B Qwen/Qwen3-235B-A22B-Instruct-2507 Qwen/Qwen3-Next-80B-A3B-Instruct Qwen/Qwen3-Coder-30B-A3B-Instruct Qwen/Qwen3-Coder-480B-A35B-Instruct Qwen/Qwen2.5-1.5B-Instruct Qwen/Qwen2.5-3B-Instruct Qwen/Qwen2.5-7B-Instruct Qwen/Qwen2.5-14B-Instruct Qwen/Qwen2.5-32B-Instruct Qwen/Qwen2.5-72B-Instruct deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Qwen/Qwen3.5-0.8B Qwen/Qwen3.5-2B Qwen/Qwen3.5-4B Qwen/Qwen3.5-9B Qwen/Qwen3.5-35B-A3B Qwen/Qwen3.6-35B-A3B Qwen/Qwen3.5-27B Qwen/Qwen3.5-122B-A10B Qwen/Qwen3.5-397B-A17B openai/gpt-oss-20b openai/gpt-oss-120b deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-V3-0324 deepseek-ai/DeepSeek-V3.1 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-0528 moonshotai/Kimi-K2-Base moonshotai/Kimi-K2-Instruct-0905 moonshotai/Kimi-K2-Thinking moonshotai/Kimi-K2.5 zai-org/GLM-4.6 zai-org/GLM-4.7 zai-org/GLM-5 zai-org/GLM-5.1 google/gemma-3-270m-it google/gemma-3-1b-it google/gemma-3-4b-it google/gemma-3-12b-it google/gemma-3-27b-it google/gemma-4-26B-A4B-it google/gemma-4-31B-it nvidia/NVIDIA-Nemotron-Nano-9B-v2 mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mixtral-8x7B-Instruct-v0.1 Qwen/Qwen3-VL-8B-Instruct Qwen/Qwen3-VL-30B-A3B-Instruct Qwen/Qwen3-VL-235B-A22B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM google/gemma-3-4b-it-VLM google/gemma-3-12b-it-VLM google/gemma-3-27b-it-VLM accounts/fireworks/models/qwen3-8b qwen3-8b accounts/fireworks/models/qwen3-14b qwen3-14b accounts/fireworks/models/qwen3-4b qwen3-4b accounts/fireworks/models/qwen3-30b-a3b qwen3-30b-a3b accounts/fireworks/models/qwen3p5-9b qwen3p5-9b accounts/fireworks/models/qwen3p5-27b qwen3p5-27b accounts/fireworks/models/qwen3p5-35b-a3b qwen3p5-35b-a3b accounts/fireworks/models/llama-v3p1-8b-instruct llama-v3p1-8b-instruct accounts/fireworks/models/llama-v3p3-70b-instruct llama-v3p3-70b-instruct accounts/fireworks/models/qwen2p5-7b-instruct qwen2p5-7b-instruct accounts/fireworks/models/deepseek-v3p1 deepseek-v3p1 accounts/fireworks/models/kimi-k2-instruct-0905 kimi-k2-instruct-0905 accounts/fireworks/models/kimi-k2p5 kimi-k2p5 accounts/fireworks/models/glm-5p1 glm-5p1 accounts/fireworks/models/glm-5p2 glm-5p2 accounts/fireworks/models/gemma-4-26b-a4b-it gemma-4-26b-a4b-it accounts/fireworks/models/gemma-4-31b-it gemma-4-31b-it'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" persona' -l 'persona' -d 'A persona to write as (marv is built in).' -rfka '(__tunesmith_custom_completion ---completion shell -- --persona (count (__tunesmith_tokens -pc)) (__tunesmith_tokens -tC))'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" system' -l 'system' -d 'A system message.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" offline' -l 'offline' -d 'Do not chat: write the assistant replies yourself.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" yes' -l 'yes' -d 'Let a script run /train, /upload, /cancel and /delete (they spend money or delete data).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" restore-draft' -l 'restore-draft' -d 'Start with the newest unsaved draft a shell that ended left for this file.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith shell" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" model' -l 'model' -d 'Count for this model: an OpenAI model, a model a provider fine-tunes, or a Hugging Face repo id (Qwen/Qwen3-8B).' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 gpt-5 gpt-4.5 chatgpt-4o o1 o3 gpt-4-turbo gpt-4-32k gpt-35-turbo text-embedding-3-small text-embedding-3-large text-embedding-ada-002 meta-llama/Meta-Llama-3.1-8B-Instruct-Reference meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference meta-llama/Llama-3.3-70B-Instruct-Reference meta-llama/Llama-3.3-70B-131k-Instruct-Reference meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-1B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct meta-llama/Llama-4-Scout-17B-16E-Instruct deepseek-ai/DeepSeek-R1-Distill-Llama-70B Qwen/Qwen3-0.6B Qwen/Qwen3-1.7B Qwen/Qwen3-4B Qwen/Qwen3-8B Qwen/Qwen3-14B Qwen/Qwen3-32B Qwen/Qwen3-30B-A3B Qwen/Qwen3-235B-A22B Qwen/Qwen3-235B-A22B-Instruct-2507 Qwen/Qwen3-Next-80B-A3B-Instruct Qwen/Qwen3-Coder-30B-A3B-Instruct Qwen/Qwen3-Coder-480B-A35B-Instruct Qwen/Qwen2.5-1.5B-Instruct Qwen/Qwen2.5-3B-Instruct Qwen/Qwen2.5-7B-Instruct Qwen/Qwen2.5-14B-Instruct Qwen/Qwen2.5-32B-Instruct Qwen/Qwen2.5-72B-Instruct deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Qwen/Qwen3.5-0.8B Qwen/Qwen3.5-2B Qwen/Qwen3.5-4B Qwen/Qwen3.5-9B Qwen/Qwen3.5-35B-A3B Qwen/Qwen3.6-35B-A3B Qwen/Qwen3.5-27B Qwen/Qwen3.5-122B-A10B Qwen/Qwen3.5-397B-A17B openai/gpt-oss-20b openai/gpt-oss-120b deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-V3-0324 deepseek-ai/DeepSeek-V3.1 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-0528 moonshotai/Kimi-K2-Base moonshotai/Kimi-K2-Instruct-0905 moonshotai/Kimi-K2-Thinking moonshotai/Kimi-K2.5 zai-org/GLM-4.6 zai-org/GLM-4.7 zai-org/GLM-5 zai-org/GLM-5.1 google/gemma-3-270m-it google/gemma-3-1b-it google/gemma-3-4b-it google/gemma-3-12b-it google/gemma-3-27b-it google/gemma-4-26B-A4B-it google/gemma-4-31B-it nvidia/NVIDIA-Nemotron-Nano-9B-v2 mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mixtral-8x7B-Instruct-v0.1 Qwen/Qwen3-VL-8B-Instruct Qwen/Qwen3-VL-30B-A3B-Instruct Qwen/Qwen3-VL-235B-A22B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM google/gemma-3-4b-it-VLM google/gemma-3-12b-it-VLM google/gemma-3-27b-it-VLM accounts/fireworks/models/qwen3-8b qwen3-8b accounts/fireworks/models/qwen3-14b qwen3-14b accounts/fireworks/models/qwen3-4b qwen3-4b accounts/fireworks/models/qwen3-30b-a3b qwen3-30b-a3b accounts/fireworks/models/qwen3p5-9b qwen3p5-9b accounts/fireworks/models/qwen3p5-27b qwen3p5-27b accounts/fireworks/models/qwen3p5-35b-a3b qwen3p5-35b-a3b accounts/fireworks/models/llama-v3p1-8b-instruct llama-v3p1-8b-instruct accounts/fireworks/models/llama-v3p3-70b-instruct llama-v3p3-70b-instruct accounts/fireworks/models/qwen2p5-7b-instruct qwen2p5-7b-instruct accounts/fireworks/models/deepseek-v3p1 deepseek-v3p1 accounts/fireworks/models/kimi-k2-instruct-0905 kimi-k2-instruct-0905 accounts/fireworks/models/kimi-k2p5 kimi-k2p5 accounts/fireworks/models/glm-5p1 glm-5p1 accounts/fireworks/models/glm-5p2 glm-5p2 accounts/fireworks/models/gemma-4-26b-a4b-it gemma-4-26b-a4b-it accounts/fireworks/models/gemma-4-31b-it gemma-4-31b-it'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" encoding' -l 'encoding' -d 'cl100k_base, o200k_base or o200k_harmony.' -rfka 'cl100k_base o200k_base o200k_harmony'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" tokenizer' -l 'tokenizer' -d 'A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.' -rF
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" pattern' -l 'pattern' -d 'The split pattern of a rank file tunesmith does not recognise.' -rfka 'cl100k llama3 qwen2 o200k tekken gpt2'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" special' -l 'special' -d 'Turn text that spells a special token (<|im_start|>) into that token, as a trainer that tokenizes a rendered chat template does.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" ids' -l 'ids' -d 'Print the token ids (space-separated, one line per input) instead of counts.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" json-lines' -l 'json-lines' -d 'Read one JSON string per line from standard input; print one JSON array of ids per line.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" chat' -l 'chat' -d 'Per-example chat counts for a JSONL training file, then totals.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith tokens" -ge 1' -F
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokens" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith render" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" model' -l 'model' -d 'Count for this model: an OpenAI model, a model a provider fine-tunes, or a Hugging Face repo id (Qwen/Qwen3-8B).' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 gpt-5 gpt-4.5 chatgpt-4o o1 o3 gpt-4-turbo gpt-4-32k gpt-35-turbo text-embedding-3-small text-embedding-3-large text-embedding-ada-002 meta-llama/Meta-Llama-3.1-8B-Instruct-Reference meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference meta-llama/Llama-3.3-70B-Instruct-Reference meta-llama/Llama-3.3-70B-131k-Instruct-Reference meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-1B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct meta-llama/Llama-4-Scout-17B-16E-Instruct deepseek-ai/DeepSeek-R1-Distill-Llama-70B Qwen/Qwen3-0.6B Qwen/Qwen3-1.7B Qwen/Qwen3-4B Qwen/Qwen3-8B Qwen/Qwen3-14B Qwen/Qwen3-32B Qwen/Qwen3-30B-A3B Qwen/Qwen3-235B-A22B Qwen/Qwen3-235B-A22B-Instruct-2507 Qwen/Qwen3-Next-80B-A3B-Instruct Qwen/Qwen3-Coder-30B-A3B-Instruct Qwen/Qwen3-Coder-480B-A35B-Instruct Qwen/Qwen2.5-1.5B-Instruct Qwen/Qwen2.5-3B-Instruct Qwen/Qwen2.5-7B-Instruct Qwen/Qwen2.5-14B-Instruct Qwen/Qwen2.5-32B-Instruct Qwen/Qwen2.5-72B-Instruct deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Qwen/Qwen3.5-0.8B Qwen/Qwen3.5-2B Qwen/Qwen3.5-4B Qwen/Qwen3.5-9B Qwen/Qwen3.5-35B-A3B Qwen/Qwen3.6-35B-A3B Qwen/Qwen3.5-27B Qwen/Qwen3.5-122B-A10B Qwen/Qwen3.5-397B-A17B openai/gpt-oss-20b openai/gpt-oss-120b deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-V3-0324 deepseek-ai/DeepSeek-V3.1 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-0528 moonshotai/Kimi-K2-Base moonshotai/Kimi-K2-Instruct-0905 moonshotai/Kimi-K2-Thinking moonshotai/Kimi-K2.5 zai-org/GLM-4.6 zai-org/GLM-4.7 zai-org/GLM-5 zai-org/GLM-5.1 google/gemma-3-270m-it google/gemma-3-1b-it google/gemma-3-4b-it google/gemma-3-12b-it google/gemma-3-27b-it google/gemma-4-26B-A4B-it google/gemma-4-31B-it nvidia/NVIDIA-Nemotron-Nano-9B-v2 mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mixtral-8x7B-Instruct-v0.1 Qwen/Qwen3-VL-8B-Instruct Qwen/Qwen3-VL-30B-A3B-Instruct Qwen/Qwen3-VL-235B-A22B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM google/gemma-3-4b-it-VLM google/gemma-3-12b-it-VLM google/gemma-3-27b-it-VLM accounts/fireworks/models/qwen3-8b qwen3-8b accounts/fireworks/models/qwen3-14b qwen3-14b accounts/fireworks/models/qwen3-4b qwen3-4b accounts/fireworks/models/qwen3-30b-a3b qwen3-30b-a3b accounts/fireworks/models/qwen3p5-9b qwen3p5-9b accounts/fireworks/models/qwen3p5-27b qwen3p5-27b accounts/fireworks/models/qwen3p5-35b-a3b qwen3p5-35b-a3b accounts/fireworks/models/llama-v3p1-8b-instruct llama-v3p1-8b-instruct accounts/fireworks/models/llama-v3p3-70b-instruct llama-v3p3-70b-instruct accounts/fireworks/models/qwen2p5-7b-instruct qwen2p5-7b-instruct accounts/fireworks/models/deepseek-v3p1 deepseek-v3p1 accounts/fireworks/models/kimi-k2-instruct-0905 kimi-k2-instruct-0905 accounts/fireworks/models/kimi-k2p5 kimi-k2p5 accounts/fireworks/models/glm-5p1 glm-5p1 accounts/fireworks/models/glm-5p2 glm-5p2 accounts/fireworks/models/gemma-4-26b-a4b-it gemma-4-26b-a4b-it accounts/fireworks/models/gemma-4-31b-it gemma-4-31b-it'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" encoding' -l 'encoding' -d 'cl100k_base, o200k_base or o200k_harmony.' -rfka 'cl100k_base o200k_base o200k_harmony'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" tokenizer' -l 'tokenizer' -d 'A tokenizer.json, tokenizer.model, tekken.json, *.tiktoken or SentencePiece .model file, or a folder holding one.' -rF
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" pattern' -l 'pattern' -d 'The split pattern of a rank file tunesmith does not recognise.' -rfka 'cl100k llama3 qwen2 o200k tekken gpt2'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" example' -l 'example' -d 'Only the example on this line of FILE.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" json-lines' -l 'json-lines' -d 'One JSON object per example, for scripts.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith render" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith validate" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" model' -l 'model' -d 'The model to fine-tune (default: gpt-4.1-mini; from 2027-01-06, when OpenAI stops training, the catalog\'s default target).' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 gpt-5 gpt-4.5 chatgpt-4o o1 o3 gpt-4-turbo gpt-4-32k gpt-35-turbo text-embedding-3-small text-embedding-3-large text-embedding-ada-002 meta-llama/Meta-Llama-3.1-8B-Instruct-Reference meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference meta-llama/Llama-3.3-70B-Instruct-Reference meta-llama/Llama-3.3-70B-131k-Instruct-Reference meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-1B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct meta-llama/Llama-4-Scout-17B-16E-Instruct deepseek-ai/DeepSeek-R1-Distill-Llama-70B Qwen/Qwen3-0.6B Qwen/Qwen3-1.7B Qwen/Qwen3-4B Qwen/Qwen3-8B Qwen/Qwen3-14B Qwen/Qwen3-32B Qwen/Qwen3-30B-A3B Qwen/Qwen3-235B-A22B Qwen/Qwen3-235B-A22B-Instruct-2507 Qwen/Qwen3-Next-80B-A3B-Instruct Qwen/Qwen3-Coder-30B-A3B-Instruct Qwen/Qwen3-Coder-480B-A35B-Instruct Qwen/Qwen2.5-1.5B-Instruct Qwen/Qwen2.5-3B-Instruct Qwen/Qwen2.5-7B-Instruct Qwen/Qwen2.5-14B-Instruct Qwen/Qwen2.5-32B-Instruct Qwen/Qwen2.5-72B-Instruct deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Qwen/Qwen3.5-0.8B Qwen/Qwen3.5-2B Qwen/Qwen3.5-4B Qwen/Qwen3.5-9B Qwen/Qwen3.5-35B-A3B Qwen/Qwen3.6-35B-A3B Qwen/Qwen3.5-27B Qwen/Qwen3.5-122B-A10B Qwen/Qwen3.5-397B-A17B openai/gpt-oss-20b openai/gpt-oss-120b deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-V3-0324 deepseek-ai/DeepSeek-V3.1 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-0528 moonshotai/Kimi-K2-Base moonshotai/Kimi-K2-Instruct-0905 moonshotai/Kimi-K2-Thinking moonshotai/Kimi-K2.5 zai-org/GLM-4.6 zai-org/GLM-4.7 zai-org/GLM-5 zai-org/GLM-5.1 google/gemma-3-270m-it google/gemma-3-1b-it google/gemma-3-4b-it google/gemma-3-12b-it google/gemma-3-27b-it google/gemma-4-26B-A4B-it google/gemma-4-31B-it nvidia/NVIDIA-Nemotron-Nano-9B-v2 mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mixtral-8x7B-Instruct-v0.1 Qwen/Qwen3-VL-8B-Instruct Qwen/Qwen3-VL-30B-A3B-Instruct Qwen/Qwen3-VL-235B-A22B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM google/gemma-3-4b-it-VLM google/gemma-3-12b-it-VLM google/gemma-3-27b-it-VLM accounts/fireworks/models/qwen3-8b qwen3-8b accounts/fireworks/models/qwen3-14b qwen3-14b accounts/fireworks/models/qwen3-4b qwen3-4b accounts/fireworks/models/qwen3-30b-a3b qwen3-30b-a3b accounts/fireworks/models/qwen3p5-9b qwen3p5-9b accounts/fireworks/models/qwen3p5-27b qwen3p5-27b accounts/fireworks/models/qwen3p5-35b-a3b qwen3p5-35b-a3b accounts/fireworks/models/llama-v3p1-8b-instruct llama-v3p1-8b-instruct accounts/fireworks/models/llama-v3p3-70b-instruct llama-v3p3-70b-instruct accounts/fireworks/models/qwen2p5-7b-instruct qwen2p5-7b-instruct accounts/fireworks/models/deepseek-v3p1 deepseek-v3p1 accounts/fireworks/models/kimi-k2-instruct-0905 kimi-k2-instruct-0905 accounts/fireworks/models/kimi-k2p5 kimi-k2p5 accounts/fireworks/models/glm-5p1 glm-5p1 accounts/fireworks/models/glm-5p2 glm-5p2 accounts/fireworks/models/gemma-4-26b-a4b-it gemma-4-26b-a4b-it accounts/fireworks/models/gemma-4-31b-it gemma-4-31b-it'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" encoding' -l 'encoding' -d 'Instead of --model: cl100k_base or o200k_base (needs --max-tokens).' -rfka 'cl100k_base o200k_base o200k_harmony'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" max-tokens' -l 'max-tokens' -d 'The token limit per example (with --encoding, or to override the model\'s).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" json' -l 'json' -d 'Print one JSON object for scripts instead of the report.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" as-validation-file' -l 'as-validation-file' -d 'Check FILE as a job\'s validation file: the same format, no minimum number of examples.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" provider' -l 'provider' -d 'Also check the provider\'s own file rules: openai, together, fireworks.' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith split" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith split" validation-fraction' -l 'validation-fraction' -d 'The share of examples that go to the validation file.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith split" seed' -l 'seed' -d 'The seed of the shuffle that picks the validation examples.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith split" force' -l 'force' -d 'Overwrite existing output files.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith split" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith split" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith import" -eq 1' -F
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" from' -l 'from' -d 'The source\'s format (default: told from its content).' -rfka 'chatgpt claude llm sharegpt alpaca csv'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" columns' -l 'columns' -d 'CSV only: which header columns hold the turns.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" out' -l 'out' -d 'The JSONL file to write (default: SOURCE\'s name with .jsonl).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" force' -l 'force' -d 'Replace the output file when it exists.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith export" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" to' -l 'to' -d 'The trainer.' -rfka 'trl axolotl unsloth mlx llama-factory'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" method' -l 'method' -d 'What to train.' -rfka 'sft dpo kto'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" model' -l 'model' -d 'The base model, a Hugging Face repo id.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" out' -l 'out' -d 'The folder to write (default: FILE-TRAINER-METHOD beside FILE).' -rfa '(__tunesmith_complete_directories)'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" force' -l 'force' -d 'Replace the folder when it exists.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" model' -l 'model' -d 'The chat model (default: $TUNESMITH_MODEL, else gpt-4.1-mini).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" system' -l 'system' -d 'A system message.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith chat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith eval" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval"' -l 'model' -d 'A model to evaluate (repeat for more): NAME, PROVIDER:NAME or LABEL=NAME@URL.' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 gpt-5 gpt-4.5 chatgpt-4o o1 o3 gpt-4-turbo gpt-4-32k gpt-35-turbo text-embedding-3-small text-embedding-3-large text-embedding-ada-002'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" judge' -l 'judge' -d 'A model that judges the first model\'s replies against each other\'s.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" turns' -l 'turns' -d 'Which trained assistant turns: the last of each example, or all.' -rfka 'last all'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" concurrency' -l 'concurrency' -d 'Requests at a time (a 429 lowers it).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" target' -l 'target' -d 'The model whose tokenizer counts similarity (default: the first model\'s base, else o200k_base).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" seed' -l 'seed' -d 'Seeds the judge\'s shuffles (default: random; each verdict keeps its own).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" json' -l 'json' -d 'Print one JSON object per example, then a summary object.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" html' -l 'html' -d 'Also write a self-contained HTML page (side by side, a chart of the summary).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'html\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith eval" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith files" -eq 1' -fa 'upload' -d 'Validate a training file, then upload it.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith files" -eq 1' -fa 'list' -d 'List the files.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith files" -eq 1' -fa 'show' -d 'Show one file.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith files" -eq 1' -fa 'delete' -d 'Delete one file.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith files upload" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" purpose' -l 'purpose' -d 'The file\'s purpose.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" model' -l 'model' -d 'The model it is for (decides the token limit checked).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files upload" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" json' -l 'json' -d 'Print the server\'s object as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith files delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'create' -d 'Validate and upload the files, show the estimated cost, and create a fine-tuning job.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'list' -d 'List recent jobs, newest first.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'show' -d 'Show one job.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'events' -d 'A job\'s events, oldest first.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'checkpoints' -d 'A job\'s checkpoints.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'cancel' -d 'Cancel a job.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'pause' -d 'Pause a running job.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'resume' -d 'Resume a paused job.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith jobs" -eq 1' -fa 'watch' -d 'Follow a job live until it ends, charting its loss, then print the new model\'s name.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" model' -l 'model' -d 'The model to fine-tune.' -rfka 'gpt-4.1 gpt-4.1-2025-04-14 gpt-4.1-mini gpt-4.1-mini-2025-04-14 gpt-4.1-nano gpt-4.1-nano-2025-04-14 o4-mini o4-mini-2025-04-16 gpt-4o gpt-4o-2024-08-06 gpt-4o-mini gpt-4o-mini-2024-07-18 gpt-3.5-turbo gpt-3.5-turbo-0125 gpt-3.5-turbo-1106 gpt-3.5-turbo-0613 gpt-4 gpt-4-0613 davinci-002 babbage-002 meta-llama/Meta-Llama-3.1-8B-Instruct-Reference meta-llama/Meta-Llama-3.1-8B-131k-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-Instruct-Reference meta-llama/Meta-Llama-3.1-70B-131k-Instruct-Reference meta-llama/Llama-3.3-70B-Instruct-Reference meta-llama/Llama-3.3-70B-131k-Instruct-Reference meta-llama/Llama-3.2-3B-Instruct meta-llama/Llama-3.2-1B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct meta-llama/Llama-4-Scout-17B-16E-Instruct deepseek-ai/DeepSeek-R1-Distill-Llama-70B Qwen/Qwen3-0.6B Qwen/Qwen3-1.7B Qwen/Qwen3-4B Qwen/Qwen3-8B Qwen/Qwen3-14B Qwen/Qwen3-32B Qwen/Qwen3-30B-A3B Qwen/Qwen3-235B-A22B Qwen/Qwen3-235B-A22B-Instruct-2507 Qwen/Qwen3-Next-80B-A3B-Instruct Qwen/Qwen3-Coder-30B-A3B-Instruct Qwen/Qwen3-Coder-480B-A35B-Instruct Qwen/Qwen2.5-1.5B-Instruct Qwen/Qwen2.5-3B-Instruct Qwen/Qwen2.5-7B-Instruct Qwen/Qwen2.5-14B-Instruct Qwen/Qwen2.5-32B-Instruct Qwen/Qwen2.5-72B-Instruct deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B deepseek-ai/DeepSeek-R1-Distill-Qwen-14B Qwen/Qwen3.5-0.8B Qwen/Qwen3.5-2B Qwen/Qwen3.5-4B Qwen/Qwen3.5-9B Qwen/Qwen3.5-35B-A3B Qwen/Qwen3.6-35B-A3B Qwen/Qwen3.5-27B Qwen/Qwen3.5-122B-A10B Qwen/Qwen3.5-397B-A17B openai/gpt-oss-20b openai/gpt-oss-120b deepseek-ai/DeepSeek-V3 deepseek-ai/DeepSeek-V3-0324 deepseek-ai/DeepSeek-V3.1 deepseek-ai/DeepSeek-R1 deepseek-ai/DeepSeek-R1-0528 moonshotai/Kimi-K2-Base moonshotai/Kimi-K2-Instruct-0905 moonshotai/Kimi-K2-Thinking moonshotai/Kimi-K2.5 zai-org/GLM-4.6 zai-org/GLM-4.7 zai-org/GLM-5 zai-org/GLM-5.1 google/gemma-3-270m-it google/gemma-3-1b-it google/gemma-3-4b-it google/gemma-3-12b-it google/gemma-3-27b-it google/gemma-4-26B-A4B-it google/gemma-4-31B-it nvidia/NVIDIA-Nemotron-Nano-9B-v2 mistralai/Mistral-7B-Instruct-v0.2 mistralai/Mixtral-8x7B-Instruct-v0.1 Qwen/Qwen3-VL-8B-Instruct Qwen/Qwen3-VL-30B-A3B-Instruct Qwen/Qwen3-VL-235B-A22B-Instruct meta-llama/Llama-4-Maverick-17B-128E-Instruct-VLM meta-llama/Llama-4-Scout-17B-16E-Instruct-VLM google/gemma-3-4b-it-VLM google/gemma-3-12b-it-VLM google/gemma-3-27b-it-VLM accounts/fireworks/models/qwen3-8b qwen3-8b accounts/fireworks/models/qwen3-14b qwen3-14b accounts/fireworks/models/qwen3-4b qwen3-4b accounts/fireworks/models/qwen3-30b-a3b qwen3-30b-a3b accounts/fireworks/models/qwen3p5-9b qwen3p5-9b accounts/fireworks/models/qwen3p5-27b qwen3p5-27b accounts/fireworks/models/qwen3p5-35b-a3b qwen3p5-35b-a3b accounts/fireworks/models/llama-v3p1-8b-instruct llama-v3p1-8b-instruct accounts/fireworks/models/llama-v3p3-70b-instruct llama-v3p3-70b-instruct accounts/fireworks/models/qwen2p5-7b-instruct qwen2p5-7b-instruct accounts/fireworks/models/deepseek-v3p1 deepseek-v3p1 accounts/fireworks/models/kimi-k2-instruct-0905 kimi-k2-instruct-0905 accounts/fireworks/models/kimi-k2p5 kimi-k2p5 accounts/fireworks/models/glm-5p1 glm-5p1 accounts/fireworks/models/glm-5p2 glm-5p2 accounts/fireworks/models/gemma-4-26b-a4b-it gemma-4-26b-a4b-it accounts/fireworks/models/gemma-4-31b-it gemma-4-31b-it'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" training-file' -l 'training-file' -d 'A local JSONL file or an uploaded file\'s id.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" validation-file' -l 'validation-file' -d 'A local JSONL file or an uploaded file\'s id.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'jsonl\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" suffix' -l 'suffix' -d 'Added to the fine-tuned model\'s name.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" epochs' -l 'epochs' -d 'Epochs (default: the provider\'s auto).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" batch-size' -l 'batch-size' -d 'Batch size: a number, or max (Together; its default) (default: the provider\'s).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" learning-rate-multiplier' -l 'learning-rate-multiplier' -d 'OpenAI: a multiplier of OpenAI\'s learning rate (default: auto).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" learning-rate' -l 'learning-rate' -d 'Together, Fireworks: the learning rate itself (default: the provider\'s).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" full' -l 'full' -d 'Together: train all weights instead of a LoRA adapter (LoRA is the default).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" lora' -l 'lora' -d 'Together: train a LoRA adapter (the default).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" lora-rank' -l 'lora-rank' -d 'Together: the LoRA rank (default: the model\'s largest; alpha is twice the rank); Fireworks: 4 to 64 (default 8).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" max-context-length' -l 'max-context-length' -d 'Fireworks: the longest example trained on, in tokens (default: the model\'s).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" train-on-inputs' -l 'train-on-inputs' -d 'Together: train on prompts and user turns too (default: auto, which masks them).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" evaluations' -l 'evaluations' -d 'Together: evaluations on the validation file.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" checkpoints' -l 'checkpoints' -d 'Together: checkpoints to keep.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" seed' -l 'seed' -d 'Seed, for a reproducible job.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" method' -l 'method' -d 'supervised or dpo.' -rfka 'supervised dpo'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" beta' -l 'beta' -d 'DPO\'s beta (default: auto).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" yes' -l 'yes' -d 'Create the job without asking.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" limit' -l 'limit' -d 'How many jobs.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" json' -l 'json' -d 'Print the server\'s object as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs events" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs checkpoints" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs pause" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs resume" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" interval' -l 'interval' -d 'Seconds between polls.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith jobs watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith models" -eq 1' -fa 'list' -d 'List the models.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith models" -eq 1' -fa 'catalog' -d 'List the models each provider fine-tunes: counting, context, price, deadlines.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith models" -eq 1' -fa 'delete' -d 'Delete a fine-tuned model (ft:...).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models catalog" provider' -l 'provider' -d 'Only this provider\'s models: openai, together or fireworks.' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models catalog" refresh' -l 'refresh' -d 'Ask the providers\' APIs first (each one you have a key for) and cache what they say.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models catalog" json' -l 'json' -d 'Print one JSON object per model instead of the table.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models catalog" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models catalog" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" base-url' -l 'base-url' -d 'The provider API\'s base URL (default: its *_BASE_URL variable, e.g. $OPENAI_BASE_URL).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" organization' -l 'organization' -d 'The OpenAI organization (default: $OPENAI_ORG_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" project' -l 'project' -d 'The OpenAI project (default: $OPENAI_PROJECT_ID).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" provider' -l 'provider' -d 'The provider: openai, together, fireworks (default: $TUNESMITH_PROVIDER, else openai).' -rfka 'openai together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith models delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith endpoints" -eq 1' -fa 'create' -d 'Start an endpoint for a fine-tuned model (its output name); it bills until deleted.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith endpoints" -eq 1' -fa 'list' -d 'List your endpoints, then the provider\'s serverless models.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith endpoints" -eq 1' -fa 'show' -d 'Show one endpoint.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith endpoints" -eq 1' -fa 'delete' -d 'Delete an endpoint (it stops billing).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" hardware' -l 'hardware' -d 'The hardware id or accelerator type (default: Together\'s cheapest available now; Fireworks\' choice).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" min-replicas' -l 'min-replicas' -d 'Fewest replicas (Fireworks: 0 scales to zero after 5 idle minutes).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" max-replicas' -l 'max-replicas' -d 'Most replicas.' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" name' -l 'name' -d 'A display name (Fireworks: the deployment id).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" provider' -l 'provider' -d 'The provider: together, fireworks (default: $TUNESMITH_PROVIDER, else together).' -rfka 'together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" yes' -l 'yes' -d 'Create it, which bills while it is up, without asking.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints create" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints list" json' -l 'json' -d 'Print the server\'s objects as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints list" provider' -l 'provider' -d 'The provider: together, fireworks (default: $TUNESMITH_PROVIDER, else together).' -rfka 'together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints list" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints show" json' -l 'json' -d 'Print the server\'s object as JSON.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints show" provider' -l 'provider' -d 'The provider: together, fireworks (default: $TUNESMITH_PROVIDER, else together).' -rfka 'together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints show" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints delete" provider' -l 'provider' -d 'The provider: together, fireworks (default: $TUNESMITH_PROVIDER, else together).' -rfka 'together fireworks'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints delete" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith endpoints delete" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith encodings" -eq 1' -fa 'path' -d 'Show where each encoding was found, in lookup order.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith encodings" -eq 1' -fa 'fetch' -d 'Download the official rank files into the user cache (checked by sha256).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith encodings" -eq 1' -fa 'install' -d 'Copy a local rank file into the user cache after checking its sha256.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings path" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith encodings fetch" -ge 1' -fka 'cl100k_base o200k_base'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings fetch" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith encodings install" -eq 1' -fa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'tiktoken\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings install" encoding' -l 'encoding' -d 'Which encoding the file is (default: from its name).' -rfka ''
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings install" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith encodings install" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith tokenizers" -eq 1' -fa 'path' -d 'Show where a model\'s tokenizer is looked for, in order, and which file is used.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith tokenizers" -eq 1' -fa 'fetch' -d 'Download a model\'s tokenizer into the Hugging Face cache (HF_TOKEN for gated models).'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_positional "tunesmith tokenizers" -eq 1' -fa 'list' -d 'List the models whose tokenizers are on this machine.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers path" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers path" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers fetch" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers fetch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers list" version' -l 'version' -d 'Show the version.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith tokenizers list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'tunesmith' -n '__tunesmith_should_offer_completions_for_flags_or_options "tunesmith help" version' -l 'version' -d 'Show the version.'
