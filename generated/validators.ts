// Standalone ajv validators of the spec's schemas, by JSON pointer: nothing is compiled at start.
// GENERATED FILE. DO NOT EDIT. Source: openapi/session-management.yaml; regenerate with `npm run generate`.
// @ts-nocheck ajv's standalone output is plain JavaScript; the one export below is typed.
import type { ValidateFunction } from 'ajv';
import * as runtimeModule0 from 'ajv/dist/runtime/ucs2length.js';
import * as runtimeModule1 from 'ajv-formats/dist/formats.js';

// An ES module namespace of a CommonJS module holds module.exports as `default` in Node, while
// bundlers and vitest may unwrap it: either way this is what require() returns.
const required = (namespace) => (namespace.default?.__esModule ? namespace.default : namespace);
const runtime0 = required(runtimeModule0);
const runtime1 = required(runtimeModule1);

const schema0 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/LocaleCode"};
const schema2 = {"type":"string","description":"Language and locale of the iFrame plugin. Ingo's page states a maximum length of 5, which\ncontradicts its own `hmn-Latn` and `zh-Hans`. **Assumption:** the enum wins; no length\nlimit is applied beyond it.\n","enum":["ar-SA","cs-CZ","da-DK","de-DE","en-GB","en-US","es-ES","es-US","fa-IR","fi-FI","fr-FR","hmn-Latn","it-IT","ja-JP","km-KH","ko-KR","nb-NO","nl-NL","pl-PL","pt-BR","ru-RU","sv-SE","tl-PH","tr-TR","vi-VN","zh-CN","zh-Hans","zh-TW"],"example":"en-US"};

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/LocaleCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((((((((((((((((((((((((data === "ar-SA") || (data === "cs-CZ")) || (data === "da-DK")) || (data === "de-DE")) || (data === "en-GB")) || (data === "en-US")) || (data === "es-ES")) || (data === "es-US")) || (data === "fa-IR")) || (data === "fi-FI")) || (data === "fr-FR")) || (data === "hmn-Latn")) || (data === "it-IT")) || (data === "ja-JP")) || (data === "km-KH")) || (data === "ko-KR")) || (data === "nb-NO")) || (data === "nl-NL")) || (data === "pl-PL")) || (data === "pt-BR")) || (data === "ru-RU")) || (data === "sv-SE")) || (data === "tl-PH")) || (data === "tr-TR")) || (data === "vi-VN")) || (data === "zh-CN")) || (data === "zh-Hans")) || (data === "zh-TW"))){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/LocaleCode/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"dynamicProps":false,"dynamicItems":false};


const schema3 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionRequest"};
const schema4 = {"type":"object","description":"Body of Create Session. **Assumption:** properties other than the documented ones are\nrejected by the mock, so that a misspelt optional field is caught before it is silently\nignored (typed callers also get a compile error for it).\n","required":["participant_unique_id1","recipient_information"],"additionalProperties":false,"x-ingo-source":{"additionalProperties":"assumption"},"x-ingo-note":"Ingo does not say what it does with fields it does not document.","properties":{"participant_unique_id1":{"type":"string","description":"The caller's identifier for this session, carried forward to later calls (documented,\nrequired, at most 100 characters). **Assumption:** it may not be empty.\n","minLength":1,"maxLength":100,"x-ingo-source":{"minLength":"assumption"},"x-ingo-note":"Ingo documents the field as required, not whether an empty string is accepted.","example":"70646041-01ea-4cd6-b657-18ff88e465c7"},"participant_unique_id2":{"type":"string","description":"A second caller identifier (documented, optional, at most 100 characters).","maxLength":100,"example":"DEF-5678"},"host_uri":{"type":"string","format":"uri","description":"Origin of the page that mounts the iFrame, with scheme and host (documented, optional, at\nmost 200 characters). It must be allow-listed by Ingo; when omitted, Ingo uses the first\nconfigured host.\n","maxLength":200,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+","x-ingo-source":{"format":"assumption"},"x-ingo-note":"Ingo documents a URI with a scheme and a host (the pattern) of at most 200 characters; the finer grammar of `format: uri` is where WHATWG URL, RFC 3986 and .NET's Uri disagree.","example":"https://digitalpay-test.ingo.money"},"language_locale_code":{"$ref":"#/components/schemas/LocaleCode"},"recipient_information":{"$ref":"#/components/schemas/RecipientInformation"}}};
const func0 = runtime0.default;
const formats0 = runtime1.fullFormats.uri;
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+", "u");
const schema6 = {"type":"object","description":"The recipient's details, prefilled in the iFrame. Required: Ingo lists it among the required\nfields (documented) and every example carries it. Ingo documents none of the sub-fields;\nevery field below is seen in Ingo's examples (so each is marked `x-ingo-source: example`),\nnone has a published length, and this project invents no hard limit for them: the shapes\nseen in examples are described, not enforced. Further fields are passed through unchanged.\n","additionalProperties":true,"properties":{"first_name":{"type":"string","description":"Recipient's first name (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"Alex"},"last_name":{"type":"string","description":"Recipient's last name (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"Rivera"},"business_name":{"type":"string","description":"Recipient's business name, for business recipients (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"Acme Limited"},"address_line1":{"type":"string","description":"First line of the recipient's street address (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"100 Innovation Way"},"city":{"type":"string","description":"Recipient's city (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"Anytown"},"state":{"type":"string","description":"Recipient's state; a 2-letter US state code in every Ingo example (not enforced).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"GA"},"zip_code":{"type":"string","description":"Recipient's ZIP code; 5 digits in every Ingo example (not enforced).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"37233"},"email_address":{"type":"string","description":"Recipient's email address (example). Its form is not checked: Ingo documents none, and a\n`format: email` check would refuse `\"\"` and internationalised addresses Ingo may accept.\n","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"jack.frost@example.com"},"phone_number":{"type":"string","description":"Recipient's phone number; 10 digits in Ingo's example (not enforced).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"1231231234"},"mobile_number":{"type":"string","description":"Recipient's mobile number; 10 digits in every Ingo example (not enforced).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"1231231234"},"open_banking":{"$ref":"#/components/schemas/OpenBanking"}}};
const schema7 = {"type":"object","description":"Open-banking identifiers of the recipient (example).","additionalProperties":true,"x-ingo-source":"example","properties":{"mobus_customer_id":{"type":"string","description":"The recipient's Mobus customer id (example).","x-ingo-unbounded":"Ingo publishes no length limit.","x-ingo-source":"example","example":"9999"}}};

function validate4(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate4.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.first_name !== undefined){
if(typeof data.first_name !== "string"){
const err0 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.last_name !== undefined){
if(typeof data.last_name !== "string"){
const err1 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.business_name !== undefined){
if(typeof data.business_name !== "string"){
const err2 = {instancePath:instancePath+"/business_name",schemaPath:"#/properties/business_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.address_line1 !== undefined){
if(typeof data.address_line1 !== "string"){
const err3 = {instancePath:instancePath+"/address_line1",schemaPath:"#/properties/address_line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err4 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.state !== undefined){
if(typeof data.state !== "string"){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zip_code !== undefined){
if(typeof data.zip_code !== "string"){
const err6 = {instancePath:instancePath+"/zip_code",schemaPath:"#/properties/zip_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.email_address !== undefined){
if(typeof data.email_address !== "string"){
const err7 = {instancePath:instancePath+"/email_address",schemaPath:"#/properties/email_address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone_number !== undefined){
if(typeof data.phone_number !== "string"){
const err8 = {instancePath:instancePath+"/phone_number",schemaPath:"#/properties/phone_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mobile_number !== undefined){
if(typeof data.mobile_number !== "string"){
const err9 = {instancePath:instancePath+"/mobile_number",schemaPath:"#/properties/mobile_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.open_banking !== undefined){
let data10 = data.open_banking;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.mobus_customer_id !== undefined){
if(typeof data10.mobus_customer_id !== "string"){
const err10 = {instancePath:instancePath+"/open_banking/mobus_customer_id",schemaPath:"#/components/schemas/OpenBanking/properties/mobus_customer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/open_banking",schemaPath:"#/components/schemas/OpenBanking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate4.errors = vErrors;
return errors === 0;
}
validate4.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate3.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.participant_unique_id1 === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participant_unique_id1"},message:"must have required property '"+"participant_unique_id1"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recipient_information === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipient_information"},message:"must have required property '"+"recipient_information"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "participant_unique_id1") || (key0 === "participant_unique_id2")) || (key0 === "host_uri")) || (key0 === "language_locale_code")) || (key0 === "recipient_information"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.participant_unique_id1 !== undefined){
let data0 = data.participant_unique_id1;
if(typeof data0 === "string"){
if(func0(data0) > 100){
const err3 = {instancePath:instancePath+"/participant_unique_id1",schemaPath:"#/properties/participant_unique_id1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func0(data0) < 1){
const err4 = {instancePath:instancePath+"/participant_unique_id1",schemaPath:"#/properties/participant_unique_id1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/participant_unique_id1",schemaPath:"#/properties/participant_unique_id1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.participant_unique_id2 !== undefined){
let data1 = data.participant_unique_id2;
if(typeof data1 === "string"){
if(func0(data1) > 100){
const err6 = {instancePath:instancePath+"/participant_unique_id2",schemaPath:"#/properties/participant_unique_id2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/participant_unique_id2",schemaPath:"#/properties/participant_unique_id2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.host_uri !== undefined){
let data2 = data.host_uri;
if(typeof data2 === "string"){
if(func0(data2) > 200){
const err8 = {instancePath:instancePath+"/host_uri",schemaPath:"#/properties/host_uri/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/host_uri",schemaPath:"#/properties/host_uri/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/host_uri",schemaPath:"#/properties/host_uri/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/host_uri",schemaPath:"#/properties/host_uri/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.language_locale_code !== undefined){
let data3 = data.language_locale_code;
if(typeof data3 !== "string"){
const err12 = {instancePath:instancePath+"/language_locale_code",schemaPath:"#/components/schemas/LocaleCode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!((((((((((((((((((((((((((((data3 === "ar-SA") || (data3 === "cs-CZ")) || (data3 === "da-DK")) || (data3 === "de-DE")) || (data3 === "en-GB")) || (data3 === "en-US")) || (data3 === "es-ES")) || (data3 === "es-US")) || (data3 === "fa-IR")) || (data3 === "fi-FI")) || (data3 === "fr-FR")) || (data3 === "hmn-Latn")) || (data3 === "it-IT")) || (data3 === "ja-JP")) || (data3 === "km-KH")) || (data3 === "ko-KR")) || (data3 === "nb-NO")) || (data3 === "nl-NL")) || (data3 === "pl-PL")) || (data3 === "pt-BR")) || (data3 === "ru-RU")) || (data3 === "sv-SE")) || (data3 === "tl-PH")) || (data3 === "tr-TR")) || (data3 === "vi-VN")) || (data3 === "zh-CN")) || (data3 === "zh-Hans")) || (data3 === "zh-TW"))){
const err13 = {instancePath:instancePath+"/language_locale_code",schemaPath:"#/components/schemas/LocaleCode/enum",keyword:"enum",params:{allowedValues: schema2.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.recipient_information !== undefined){
if(!(validate4(data.recipient_information, {instancePath:instancePath+"/recipient_information",parentData:data,parentDataProperty:"recipient_information",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate4.errors : vErrors.concat(validate4.errors);
errors = vErrors.length;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate3.errors = vErrors;
return errors === 0;
}
validate3.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate2(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate2.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate3(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate3.errors : vErrors.concat(validate3.errors);
errors = vErrors.length;
}
validate2.errors = vErrors;
return errors === 0;
}
validate2.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


const schema8 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/RecipientInformation"};

function validate8(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate8.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.first_name !== undefined){
if(typeof data.first_name !== "string"){
const err0 = {instancePath:instancePath+"/first_name",schemaPath:"#/properties/first_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.last_name !== undefined){
if(typeof data.last_name !== "string"){
const err1 = {instancePath:instancePath+"/last_name",schemaPath:"#/properties/last_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.business_name !== undefined){
if(typeof data.business_name !== "string"){
const err2 = {instancePath:instancePath+"/business_name",schemaPath:"#/properties/business_name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.address_line1 !== undefined){
if(typeof data.address_line1 !== "string"){
const err3 = {instancePath:instancePath+"/address_line1",schemaPath:"#/properties/address_line1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.city !== undefined){
if(typeof data.city !== "string"){
const err4 = {instancePath:instancePath+"/city",schemaPath:"#/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.state !== undefined){
if(typeof data.state !== "string"){
const err5 = {instancePath:instancePath+"/state",schemaPath:"#/properties/state/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.zip_code !== undefined){
if(typeof data.zip_code !== "string"){
const err6 = {instancePath:instancePath+"/zip_code",schemaPath:"#/properties/zip_code/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.email_address !== undefined){
if(typeof data.email_address !== "string"){
const err7 = {instancePath:instancePath+"/email_address",schemaPath:"#/properties/email_address/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.phone_number !== undefined){
if(typeof data.phone_number !== "string"){
const err8 = {instancePath:instancePath+"/phone_number",schemaPath:"#/properties/phone_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.mobile_number !== undefined){
if(typeof data.mobile_number !== "string"){
const err9 = {instancePath:instancePath+"/mobile_number",schemaPath:"#/properties/mobile_number/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.open_banking !== undefined){
let data10 = data.open_banking;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.mobus_customer_id !== undefined){
if(typeof data10.mobus_customer_id !== "string"){
const err10 = {instancePath:instancePath+"/open_banking/mobus_customer_id",schemaPath:"#/components/schemas/OpenBanking/properties/mobus_customer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/open_banking",schemaPath:"#/components/schemas/OpenBanking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate8.errors = vErrors;
return errors === 0;
}
validate8.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate7(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate7.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate8(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors);
errors = vErrors.length;
}
validate7.errors = vErrors;
return errors === 0;
}
validate7.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


const schema11 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/OpenBanking"};

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate10.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mobus_customer_id !== undefined){
if(typeof data.mobus_customer_id !== "string"){
const err0 = {instancePath:instancePath+"/mobus_customer_id",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/OpenBanking/properties/mobus_customer_id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
else {
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/OpenBanking/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
validate10.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


const schema13 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/SessionCreated"};
const schema14 = {"type":"object","description":"Success envelope. `status` 100 is a new session; 101 is an idempotent replay of the session\nfirst created with the same `Idempotency-Key`, with a fresh `authorized_url` (documented).\n","required":["status","client_message","data","time"],"properties":{"status":{"type":"integer","description":"100 = success, new session; 101 = success, idempotent replay (documented). Ingo reserves\n100-110 for success and idempotent results (documented family), so the range is accepted.\nThis range, with `data`, is what tells a success from an error envelope.\n","format":"int32","minimum":100,"maximum":110,"x-ingo-source":{"format":"assumption"},"x-ingo-note":"Ingo documents integer codes (up to 13723), not their width; int32 holds every one.","example":100},"client_message":{"type":"string","description":"Human-readable text for the status, `Success` or `Success - Idempotent` (documented).","x-ingo-unbounded":"Free text chosen by the server.","example":"Success"},"data":{"$ref":"#/components/schemas/SessionData"},"time":{"type":"number","description":"Server processing time in seconds (documented).","minimum":0,"example":0.8}}};
const schema15 = {"type":"object","description":"The staged session.","required":["session_identifier","authorized_url","authorized_url_expiration_utc","participant_unique_id1"],"x-ingo-source":{"required/session_identifier":"example","required/authorized_url_expiration_utc":"example","required/participant_unique_id1":"example"},"x-ingo-note":"Only authorized_url is documented; the other fields are seen in Ingo's example.","properties":{"session_identifier":{"type":"string","description":"Ingo's identifier of the session (example). A UUID in Ingo's example, but not documented\nas one, so no `format: uuid`: generated validators (zod, …) would refuse any other id.\n","x-ingo-unbounded":"Opaque identifier chosen by the server.","x-ingo-source":"example","example":"7830227a-ba47-4d28-9416-cad41a446db7"},"authorized_url":{"type":"string","format":"uri","description":"Single-use URL for the browser SDK to mount. It contains the session identifier and the\nopaque query parameters `t` and `h`, and is valid for 30 seconds (documented).\n","x-ingo-unbounded":"Opaque URL chosen by the server.","example":"https://iip-webplugin-ingo.money/session/7830227a-ba47-4d28-9416-cad41a446db7?t=637126733246949906&h=rpSb%2f%2fAeOAKjX7%2fhhOQvj9zpvwf4xeg97TuPCMtpUg0%3d"},"authorized_url_expiration_utc":{"type":"string","description":"When `authorized_url` expires: ISO 8601 in UTC with microseconds and a `Z` suffix in\nIngo's example. Not documented, so no `format: date-time`: generated validators would\nrefuse an offset or a timestamp without seconds' fraction rules of their own.\n","x-ingo-unbounded":"Timestamp text chosen by the server.","x-ingo-source":"example","example":"2019-12-10T20:14:19.763941Z"},"participant_unique_id1":{"type":"string","description":"Echo of the request's `participant_unique_id1` (example).","maxLength":100,"x-ingo-source":"example","example":"70646041-01ea-4cd6-b657-18ff88e465c7"},"participant_unique_id2":{"type":"string","description":"Echo of the request's `participant_unique_id2`; an empty string when none was sent\n(example). Not required: a single example is no promise that it is always present.\n","maxLength":100,"x-ingo-source":"example","example":""}}};
const formats2 = runtime1.fullFormats.int32;

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate12.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 110 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 110},message:"must be <= 110"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats2.validate(data0))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err8 = {instancePath:instancePath+"/client_message",schemaPath:"#/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.session_identifier === undefined){
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "session_identifier"},message:"must have required property '"+"session_identifier"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.authorized_url === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url"},message:"must have required property '"+"authorized_url"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.authorized_url_expiration_utc === undefined){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url_expiration_utc"},message:"must have required property '"+"authorized_url_expiration_utc"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.participant_unique_id1 === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "participant_unique_id1"},message:"must have required property '"+"participant_unique_id1"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.session_identifier !== undefined){
if(typeof data2.session_identifier !== "string"){
const err13 = {instancePath:instancePath+"/data/session_identifier",schemaPath:"#/components/schemas/SessionData/properties/session_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.authorized_url !== undefined){
let data4 = data2.authorized_url;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err14 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.authorized_url_expiration_utc !== undefined){
if(typeof data2.authorized_url_expiration_utc !== "string"){
const err16 = {instancePath:instancePath+"/data/authorized_url_expiration_utc",schemaPath:"#/components/schemas/SessionData/properties/authorized_url_expiration_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.participant_unique_id1 !== undefined){
let data6 = data2.participant_unique_id1;
if(typeof data6 === "string"){
if(func0(data6) > 100){
const err17 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.participant_unique_id2 !== undefined){
let data7 = data2.participant_unique_id2;
if(typeof data7 === "string"){
if(func0(data7) > 100){
const err19 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.time !== undefined){
let data8 = data.time;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}
validate12.evaluated = {"props":{"status":true,"client_message":true,"data":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate11.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate12(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
validate11.errors = vErrors;
return errors === 0;
}
validate11.evaluated = {"props":{"status":true,"client_message":true,"data":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema16 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/SessionData"};

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate14.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.session_identifier === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "session_identifier"},message:"must have required property '"+"session_identifier"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.authorized_url === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url"},message:"must have required property '"+"authorized_url"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.authorized_url_expiration_utc === undefined){
const err2 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url_expiration_utc"},message:"must have required property '"+"authorized_url_expiration_utc"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.participant_unique_id1 === undefined){
const err3 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "participant_unique_id1"},message:"must have required property '"+"participant_unique_id1"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.session_identifier !== undefined){
if(typeof data.session_identifier !== "string"){
const err4 = {instancePath:instancePath+"/session_identifier",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/session_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.authorized_url !== undefined){
let data1 = data.authorized_url;
if(typeof data1 === "string"){
if(!(formats0(data1))){
const err5 = {instancePath:instancePath+"/authorized_url",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/authorized_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/authorized_url",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/authorized_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.authorized_url_expiration_utc !== undefined){
if(typeof data.authorized_url_expiration_utc !== "string"){
const err7 = {instancePath:instancePath+"/authorized_url_expiration_utc",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/authorized_url_expiration_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.participant_unique_id1 !== undefined){
let data3 = data.participant_unique_id1;
if(typeof data3 === "string"){
if(func0(data3) > 100){
const err8 = {instancePath:instancePath+"/participant_unique_id1",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/participant_unique_id1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/participant_unique_id1",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/participant_unique_id1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.participant_unique_id2 !== undefined){
let data4 = data.participant_unique_id2;
if(typeof data4 === "string"){
if(func0(data4) > 100){
const err10 = {instancePath:instancePath+"/participant_unique_id2",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/participant_unique_id2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/participant_unique_id2",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/properties/participant_unique_id2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/SessionData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}
validate14.evaluated = {"props":{"session_identifier":true,"authorized_url":true,"authorized_url_expiration_utc":true,"participant_unique_id1":true,"participant_unique_id2":true},"dynamicProps":false,"dynamicItems":false};


const schema18 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope"};
const schema19 = {"type":"object","description":"Error envelope: the success envelope's `status`, `client_message` and `time`, without\n`data`. **Assumption:** Ingo documents the numeric code families (4xx request and\nauthentication errors, do not retry; 5xx system failures, retry with backoff; 600-616\nvalidation and velocity; 9xx general errors) and the code 13723, but not this endpoint's\nerror bodies; this shape follows the success envelope.\n","required":["status","client_message"],"x-ingo-source":{"required/client_message":"assumption"},"x-ingo-note":"Ingo documents that codes travel in `status`, not the rest of an error body.","properties":{"status":{"type":"integer","description":"Ingo's numeric result code; never in the success range 100-110. Codes used by this\nproject's decision table: 400 invalid body, 401 bad signature, 402 X-Date outside the\nclock-skew window, 413 body too large, 415 wrong content type, 429 rate limited, 500 and\n503 server faults, 13723 idempotency key reused with a different body.\n","format":"int32","x-ingo-source":{"format":"assumption"},"x-ingo-note":"Ingo documents integer codes (up to 13723), not their width; int32 holds every one.","anyOf":[{"type":"integer","maximum":99},{"type":"integer","minimum":111}],"example":401},"client_message":{"type":"string","description":"Short human-readable text for the error. Never contains secrets or signatures.","x-ingo-unbounded":"Free text chosen by the server.","x-ingo-source":"assumption","example":"Unauthorized: signature does not match"},"time":{"type":"number","description":"Server processing time in seconds.","minimum":0,"example":0.001}}};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate15.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/ErrorEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}
validate15.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema20 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/RetryAfterSeconds"};
const schema21 = {"type":"integer","description":"A `Retry-After` delay in whole seconds (RFC 9110 `delay-seconds`). int32: up to 68 years,\nfar beyond any wait a client honours.\n","format":"int32","minimum":0,"maximum":2147483647,"x-ingo-source":{"format":"assumption","maximum":"assumption"},"x-ingo-note":"RFC 9110 bounds delay-seconds by nothing; int32 is the width generated clients give an integer.","example":1};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate16.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/RetryAfterSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 2147483647 || isNaN(data)){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/RetryAfterSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 0 || isNaN(data)){
const err2 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/RetryAfterSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats2.validate(data))){
const err3 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/RetryAfterSeconds/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate16.errors = vErrors;
return errors === 0;
}
validate16.evaluated = {"dynamicProps":false,"dynamicItems":false};


const schema22 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer"};
const schema23 = {"description":"The body of HTTP 200: the success envelope, or an error envelope for servers that report\nerrors with HTTP 200. The two are told apart by Ingo's documented test: an envelope `status`\nin the success family 100-110 (which comes with `data`), or any other status (without).\nNamed apart from every response, so that no generator merges the two.\n","anyOf":[{"$ref":"#/components/schemas/SessionCreated"},{"$ref":"#/components/schemas/ErrorEnvelope"}]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate19.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 110 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 110},message:"must be <= 110"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats2.validate(data0))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err8 = {instancePath:instancePath+"/client_message",schemaPath:"#/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.session_identifier === undefined){
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "session_identifier"},message:"must have required property '"+"session_identifier"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.authorized_url === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url"},message:"must have required property '"+"authorized_url"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.authorized_url_expiration_utc === undefined){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url_expiration_utc"},message:"must have required property '"+"authorized_url_expiration_utc"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.participant_unique_id1 === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "participant_unique_id1"},message:"must have required property '"+"participant_unique_id1"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.session_identifier !== undefined){
if(typeof data2.session_identifier !== "string"){
const err13 = {instancePath:instancePath+"/data/session_identifier",schemaPath:"#/components/schemas/SessionData/properties/session_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.authorized_url !== undefined){
let data4 = data2.authorized_url;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err14 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.authorized_url_expiration_utc !== undefined){
if(typeof data2.authorized_url_expiration_utc !== "string"){
const err16 = {instancePath:instancePath+"/data/authorized_url_expiration_utc",schemaPath:"#/components/schemas/SessionData/properties/authorized_url_expiration_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.participant_unique_id1 !== undefined){
let data6 = data2.participant_unique_id1;
if(typeof data6 === "string"){
if(func0(data6) > 100){
const err17 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.participant_unique_id2 !== undefined){
let data7 = data2.participant_unique_id2;
if(typeof data7 === "string"){
if(func0(data7) > 100){
const err19 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.time !== undefined){
let data8 = data.time;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}
validate19.evaluated = {"props":{"status":true,"client_message":true,"data":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate18.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate19(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.status = true;
props0.client_message = true;
props0.data = true;
props0.time = true;
}
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/components/schemas/ErrorEnvelope/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"#/components/schemas/ErrorEnvelope/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs9 = errors;
let valid3 = false;
const _errs10 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = valid3 || _valid1;
const _errs12 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid3 = valid3 || _valid1;
if(!valid3){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"#/components/schemas/ErrorEnvelope/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"#/components/schemas/ErrorEnvelope/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"#/components/schemas/ErrorEnvelope/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"#/components/schemas/ErrorEnvelope/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/components/schemas/ErrorEnvelope/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
props0.client_message = true;
props0.time = true;
}
}
if(!valid0){
const err13 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate18.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate18.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate17.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate18(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
errors = vErrors.length;
}
else {
var props0 = validate18.evaluated.props;
}
validate17.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate17.evaluated = {"dynamicProps":true,"dynamicItems":false};


const schema27 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/0"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.data === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.time === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 110 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/maximum",keyword:"maximum",params:{comparison: "<=", limit: 110},message:"must be <= 110"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats2.validate(data0))){
const err7 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err8 = {instancePath:instancePath+"/client_message",schemaPath:"#/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data !== undefined){
let data2 = data.data;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.session_identifier === undefined){
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "session_identifier"},message:"must have required property '"+"session_identifier"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.authorized_url === undefined){
const err10 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url"},message:"must have required property '"+"authorized_url"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.authorized_url_expiration_utc === undefined){
const err11 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "authorized_url_expiration_utc"},message:"must have required property '"+"authorized_url_expiration_utc"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.participant_unique_id1 === undefined){
const err12 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/required",keyword:"required",params:{missingProperty: "participant_unique_id1"},message:"must have required property '"+"participant_unique_id1"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.session_identifier !== undefined){
if(typeof data2.session_identifier !== "string"){
const err13 = {instancePath:instancePath+"/data/session_identifier",schemaPath:"#/components/schemas/SessionData/properties/session_identifier/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data2.authorized_url !== undefined){
let data4 = data2.authorized_url;
if(typeof data4 === "string"){
if(!(formats0(data4))){
const err14 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/data/authorized_url",schemaPath:"#/components/schemas/SessionData/properties/authorized_url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.authorized_url_expiration_utc !== undefined){
if(typeof data2.authorized_url_expiration_utc !== "string"){
const err16 = {instancePath:instancePath+"/data/authorized_url_expiration_utc",schemaPath:"#/components/schemas/SessionData/properties/authorized_url_expiration_utc/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.participant_unique_id1 !== undefined){
let data6 = data2.participant_unique_id1;
if(typeof data6 === "string"){
if(func0(data6) > 100){
const err17 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/data/participant_unique_id1",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.participant_unique_id2 !== undefined){
let data7 = data2.participant_unique_id2;
if(typeof data7 === "string"){
if(func0(data7) > 100){
const err19 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/data/participant_unique_id2",schemaPath:"#/components/schemas/SessionData/properties/participant_unique_id2/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/data",schemaPath:"#/components/schemas/SessionData/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.time !== undefined){
let data8 = data.time;
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"status":true,"client_message":true,"data":true,"time":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"status":true,"client_message":true,"data":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema30 = {"$ref":"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1"};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/schemas/CreateSessionAnswer/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema32 = {"$ref":"https://ingo-session.dev/session-management.json#/components/parameters/IdempotencyKey/schema"};
const schema33 = {"type":"string","minLength":1,"maxLength":250};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func0(data) > 250){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/parameters/IdempotencyKey/schema/maxLength",keyword:"maxLength",params:{limit: 250},message:"must NOT have more than 250 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func0(data) < 1){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/parameters/IdempotencyKey/schema/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/parameters/IdempotencyKey/schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"dynamicProps":false,"dynamicItems":false};


const schema34 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema"};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/BadRequest/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema36 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/Unauthorized/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema38 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/PayloadTooLarge/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema40 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema"};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/UnsupportedMediaType/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema42 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema"};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/RequestInFlight/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema44 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/IdempotencyConflict/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema46 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema"};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/TooManyRequests/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};


const schema48 = {"$ref":"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.client_message === undefined){
const err1 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/required",keyword:"required",params:{missingProperty: "client_message"},message:"must have required property '"+"client_message"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const _errs6 = errors;
let valid2 = false;
const _errs7 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 99 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/anyOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 99},message:"must be <= 99"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
var _valid0 = _errs7 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/anyOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 111 || isNaN(data0)){
const err6 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/anyOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 111},message:"must be >= 111"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err7 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if((typeof data0 == "number") && (isFinite(data0))){
if(!(formats2.validate(data0))){
const err8 = {instancePath:instancePath+"/status",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/status/format",keyword:"format",params:{format: "int32"},message:"must match format \""+"int32"+"\""};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.client_message !== undefined){
if(typeof data.client_message !== "string"){
const err9 = {instancePath:instancePath+"/client_message",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/client_message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.time !== undefined){
let data2 = data.time;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/time/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/time",schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/properties/time/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"https://ingo-session.dev/session-management.json#/components/responses/ServerError/content/application~1json/schema/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"status":true,"client_message":true,"time":true},"dynamicProps":false,"dynamicItems":false};

/** Validators by JSON pointer into the spec (`#/components/schemas/CreateSessionRequest`, …). */
export const specValidators: Readonly<Record<string, ValidateFunction>> = {
  "#/components/schemas/LocaleCode": validate0,
  "#/components/schemas/CreateSessionRequest": validate2,
  "#/components/schemas/RecipientInformation": validate7,
  "#/components/schemas/OpenBanking": validate10,
  "#/components/schemas/SessionCreated": validate11,
  "#/components/schemas/SessionData": validate14,
  "#/components/schemas/ErrorEnvelope": validate15,
  "#/components/schemas/RetryAfterSeconds": validate16,
  "#/components/schemas/CreateSessionAnswer": validate17,
  "#/components/schemas/CreateSessionAnswer/anyOf/0": validate22,
  "#/components/schemas/CreateSessionAnswer/anyOf/1": validate25,
  "#/components/parameters/IdempotencyKey/schema": validate26,
  "#/components/responses/BadRequest/content/application~1json/schema": validate27,
  "#/components/responses/Unauthorized/content/application~1json/schema": validate28,
  "#/components/responses/PayloadTooLarge/content/application~1json/schema": validate29,
  "#/components/responses/UnsupportedMediaType/content/application~1json/schema": validate30,
  "#/components/responses/RequestInFlight/content/application~1json/schema": validate31,
  "#/components/responses/IdempotencyConflict/content/application~1json/schema": validate32,
  "#/components/responses/TooManyRequests/content/application~1json/schema": validate33,
  "#/components/responses/ServerError/content/application~1json/schema": validate34,
};
