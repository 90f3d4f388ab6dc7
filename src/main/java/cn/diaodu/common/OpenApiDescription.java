package cn.diaodu.common;

import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description (/v3/api-docs) states what CONTRACT §2 fixes for every call and springdoc cannot see in the
 * controllers: the bearer token, the token endpoint's answer, and the error answers with their bodies — 401 without
 * a valid token, 403 outside the caller's roles or scope, 404 for an unknown id in the path, 409 for a stale version
 * or a state that does not allow the action, 422 with the refused fields.
 */
@Configuration
class OpenApiDescription {
    static final String BEARER = "bearer";
    static final String TOKEN_PATH = "/api/auth/token";

    @Bean
    OpenAPI diaoduOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Diaodu 调度 API").version("1")
                        .description("重点项目调度督办平台的 JSON API。Money in 万元 (decimals, at most 2 places), "
                                + "percentages in percent rounded half-up to 2 places, periods \"YYYY-MM\", dates "
                                + "\"YYYY-MM-DD\", instants ISO-8601. Obtain a token from POST " + TOKEN_PATH
                                + " and send it as \"Authorization: Bearer <token>\"."))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("an opaque token from POST " + TOKEN_PATH)));
    }

    /** The bodies the answers below refer to; added with them, so that springdoc does not prune them as unused. */
    private static void addSchemas(Components components) {
        components.addSchemas("Errors", errorsSchema())
                .addSchemas("Error", new ObjectSchema().addProperty("error", new StringSchema()))
                .addSchemas("Token", new ObjectSchema()
                        .addProperty("token", new StringSchema())
                        .addProperty("expiresAt", new StringSchema().format("date-time"))
                        .required(List.of("token", "expiresAt")));
    }

    private static Schema<?> errorsSchema() {
        Schema<?> one = new ObjectSchema()
                .addProperty("field", new StringSchema().description("the refused field, e.g. annualPlan or "
                        + "monthlyPlan[3]"))
                .addProperty("message", new StringSchema().description("the reason, in the language of Accept-Language (Chinese when absent)"))
                .addProperty("row", new IntegerSchema().description("spreadsheets only: the row as the sheet "
                        + "numbers it"))
                .addProperty("column", new StringSchema().description("spreadsheets only: the column's header"))
                .required(List.of("field", "message"));
        return new ObjectSchema().addProperty("errors", new ArraySchema().items(one)).required(List.of("errors"));
    }

    /** Adds the security requirement and the error answers to every operation under /api. */
    @Bean
    OpenApiCustomizer diaoduErrorAnswers() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            addSchemas(api.getComponents());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> e : item.readOperationsMap().entrySet()) {
                    describe(path, e.getKey(), e.getValue());
                }
            });
        };
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        if (path.equals(TOKEN_PATH)) {
            responses.remove("200");
            responses.addApiResponse("200", answer("a token", "Token"));
            responses.addApiResponse("401", answer("wrong username or password", "Error"));
            op.setSecurity(List.of());
            return;
        }
        op.addSecurityItem(new SecurityRequirement().addList(BEARER));
        responses.putIfAbsent("401", answer("no token, or an invalid or expired one", "Error"));
        responses.putIfAbsent("403", answer("outside the caller's roles or data scope", "Error"));
        if (path.contains("{")) {
            responses.putIfAbsent("404", answer("unknown id", "Error"));
        }
        if (method != PathItem.HttpMethod.GET) {
            responses.putIfAbsent("409", answer("a stale version, or a state that does not allow this", "Error"));
        }
        responses.putIfAbsent("422", answer("invalid input; nothing has been written", "Errors"));
    }

    private static ApiResponse answer(String description, String schema) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/json",
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
    }
}
