resource "azurerm_windows_web_app" "intranet" {
  name                = "contoso-intranet"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.windows.id
  https_only          = true

  site_config {
    # ruleid: tf-azure-app-service-weak-tls
    minimum_tls_version = "1.2"
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "contoso-legacy"
  location            = azurerm_resource_group.legacy.location
  resource_group_name = azurerm_resource_group.legacy.name
  app_service_plan_id = azurerm_app_service_plan.legacy.id
  https_only          = true

  # ruleid: tf-azure-app-service-weak-tls
  site_config {
    dotnet_framework_version = "v4.0"
    min_tls_version          = "1.2"
  }
}

resource "azurerm_linux_function_app" "ingest" {
  name                       = "contoso-ingest"
  resource_group_name        = azurerm_resource_group.data.name
  location                   = azurerm_resource_group.data.location
  service_plan_id            = azurerm_service_plan.functions.id
  storage_account_name       = azurerm_storage_account.functions.name
  storage_account_access_key = azurerm_storage_account.functions.primary_access_key
  https_only                 = true

  # ruleid: tf-azure-app-service-weak-tls
  site_config {
    scm_minimum_tls_version = "1.2"
  }
}

resource "azurerm_linux_web_app" "api" {
  name                = "contoso-api"
  resource_group_name = azurerm_resource_group.web.name
  location            = azurerm_resource_group.web.location
  service_plan_id     = azurerm_service_plan.web.id
  https_only          = true

  site_config {
    # ok: tf-azure-app-service-weak-tls
    minimum_tls_version     = "1.2"
    scm_minimum_tls_version = "1.2"
  }
}

resource "azurerm_linux_web_app" "shared" {
  name                = var.name
  resource_group_name = var.resource_group_name
  location            = var.location
  service_plan_id     = var.service_plan_id
  https_only          = true

  site_config {
    # ok: tf-azure-app-service-weak-tls
    minimum_tls_version = var.minimum_tls_version
  }
}
